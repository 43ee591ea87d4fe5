-- The activity list at 100,000 activities, with any filter. Three columns the database keeps
-- true by itself, so that each filter is one indexed test on the activity row:
-- - "hostRcpIds" and "themeIds", copies of the accepted hosts and of the themes: the tier rule
--   ("hosts only") and the process, region and theme filters tested a join per activity, and the
--   planner, misjudging how many activities a theme has, walked all of them;
-- - "spanClass", how long the activity lasts within a few caps: "under way" (started before today,
--   not yet ended) was a range on the start with a filter on the end, which walked the whole past.
--   An activity under way started at most its class's cap ago, so each class is a bounded range.

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "hostRcpIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "spanClass" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "themeIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The caps (7, 31, 366 days, then unbounded) are SPAN_CLASS_CAPS in src/server/activity/span-class.ts;
-- a test holds the two to each other. A single day (no end) is class 0.
CREATE FUNCTION "activity_span_class"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."spanClass" := CASE
    WHEN NEW."endDate" IS NULL OR NEW."endDate" - NEW."startDate" <= 7 THEN 0
    WHEN NEW."endDate" - NEW."startDate" <= 31 THEN 1
    WHEN NEW."endDate" - NEW."startDate" <= 366 THEN 2
    ELSE 3
  END;
  RETURN NEW;
END $$;

CREATE TRIGGER "Activity_span_class" BEFORE INSERT OR UPDATE OF "startDate", "endDate", "spanClass"
  ON "Activity" FOR EACH ROW EXECUTE FUNCTION "activity_span_class"();

-- Recomputes the copies of the given activities from the rows they copy. The activities' rows are
-- locked first and read afterwards, in a statement of its own: two transactions changing the hosts
-- of one activity at once then write one after the other, the second seeing the first's rows.
-- NO KEY UPDATE, not UPDATE: inserting a host holds a KEY SHARE lock on its activity, which a
-- plain FOR UPDATE would wait for, and two such inserts would wait for each other.
CREATE FUNCTION "activity_refresh_links"(ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Activity" WHERE id IN (SELECT unnest(ids)) ORDER BY id FOR NO KEY UPDATE;
  -- Only the rows whose copies change: no new row version (and index entries) for nothing.
  UPDATE "Activity" a SET "hostRcpIds" = fresh.hosts, "themeIds" = fresh.themes
  FROM (
    SELECT x.id,
      ARRAY(SELECT h."rcpId" FROM "ActivityRcp" h
            WHERE h."activityId" = x.id AND h.status = 'ACCEPTED' ORDER BY h."rcpId") AS hosts,
      ARRAY(SELECT t."themeId" FROM "ActivityTheme" t WHERE t."activityId" = x.id ORDER BY t."themeId") AS themes
    FROM "Activity" x WHERE x.id IN (SELECT unnest(ids))
  ) AS fresh
  WHERE a.id = fresh.id
    AND (a."hostRcpIds" IS DISTINCT FROM fresh.hosts OR a."themeIds" IS DISTINCT FROM fresh.themes);
END $$;

-- Statement triggers with transition tables: a bulk insert (the seed, the load generator) refreshes
-- each activity once, not once per row.
CREATE FUNCTION "activity_links_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "activity_refresh_links"(ARRAY(SELECT DISTINCT "activityId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "activity_refresh_links"(ARRAY(SELECT DISTINCT "activityId" FROM old_rows));
  ELSE
    PERFORM "activity_refresh_links"(ARRAY(
      SELECT "activityId" FROM new_rows UNION SELECT "activityId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ActivityRcp_inserted" AFTER INSERT ON "ActivityRcp" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "activity_links_changed"();
CREATE TRIGGER "ActivityRcp_updated" AFTER UPDATE ON "ActivityRcp"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "activity_links_changed"();
CREATE TRIGGER "ActivityRcp_deleted" AFTER DELETE ON "ActivityRcp" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "activity_links_changed"();
CREATE TRIGGER "ActivityTheme_inserted" AFTER INSERT ON "ActivityTheme" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "activity_links_changed"();
CREATE TRIGGER "ActivityTheme_updated" AFTER UPDATE ON "ActivityTheme"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "activity_links_changed"();
CREATE TRIGGER "ActivityTheme_deleted" AFTER DELETE ON "ActivityTheme" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "activity_links_changed"();

-- The activities already there.
UPDATE "Activity" SET "spanClass" = 0;
SELECT "activity_refresh_links"(ARRAY(SELECT id FROM "Activity"));

-- Its one reader was the old "under way" condition; the planner added it to the bounded ranges
-- above for nothing (reading every activity still to end, to drop them all).
DROP INDEX "Activity_endDate_idx";

-- CreateIndex
CREATE INDEX "Activity_spanClass_startDate_idx" ON "Activity"("spanClass", "startDate");

-- CreateIndex
CREATE INDEX "Activity_hostRcpIds_idx" ON "Activity" USING GIN ("hostRcpIds");

-- CreateIndex
CREATE INDEX "Activity_themeIds_idx" ON "Activity" USING GIN ("themeIds");
