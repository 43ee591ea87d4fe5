-- The activity list at 100,000 activities: "upcoming" reads the end dates, and the country and
-- kind filters read their own ordered ranges instead of walking every date.
CREATE INDEX "Activity_endDate_idx" ON "Activity"("endDate");
CREATE INDEX "Activity_countryCode_startDate_idx" ON "Activity"("countryCode", "startDate");
CREATE INDEX "Activity_kind_startDate_idx" ON "Activity"("kind", "startDate");
-- Removing an account sets its activities' author to null: without these, every removal reads
-- every activity.
CREATE INDEX "Activity_createdById_idx" ON "Activity"("createdById");
CREATE INDEX "Activity_updatedById_idx" ON "Activity"("updatedById");
