-- The personal calendar feed: only the hash of its secret address is kept.
ALTER TABLE "User" ADD COLUMN "calendarTokenHash" TEXT,
ADD COLUMN "calendarTokenCreatedAt" TIMESTAMP(3);

CREATE UNIQUE INDEX "User_calendarTokenHash_key" ON "User"("calendarTokenHash");
