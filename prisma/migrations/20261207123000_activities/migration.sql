-- Activities become secretariats' own: kinds people post, a status, exact times in a time zone,
-- a version for concurrent edits, co-hosts that accept, themes from the shared taxonomy.

-- AlterEnum
ALTER TYPE "ActivityKind" ADD VALUE 'SEMINAR';
ALTER TYPE "ActivityKind" ADD VALUE 'INFORMATION_CAMPAIGN';
ALTER TYPE "ActivityKind" ADD VALUE 'OTHER';

-- AlterEnum: "own RCP" is now "hosts only" (the owning RCP and its accepted co-hosts).
ALTER TYPE "Visibility" RENAME VALUE 'OWN_RCP' TO 'HOSTS';

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('SCHEDULED', 'POSTPONED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "HostStatus" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED');

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "contact" TEXT,
ADD COLUMN     "countryCode" TEXT,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "endsAt" TIMESTAMP(3),
ADD COLUMN     "isOnline" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "startsAt" TIMESTAMP(3),
ADD COLUMN     "status" "ActivityStatus" NOT NULL DEFAULT 'SCHEDULED',
ADD COLUMN     "timeZone" TEXT,
ADD COLUMN     "updatedById" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "workingLanguages" TEXT[];

-- AlterTable
ALTER TABLE "ActivityRcp" ADD COLUMN     "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "status" "HostStatus" NOT NULL DEFAULT 'ACCEPTED';

-- CreateTable
CREATE TABLE "ActivityTheme" (
    "activityId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "ActivityTheme_pkey" PRIMARY KEY ("activityId","themeId")
);

-- CreateIndex
CREATE INDEX "ActivityTheme_themeId_idx" ON "ActivityTheme"("themeId");

-- CreateIndex
CREATE INDEX "Activity_visibility_startDate_idx" ON "Activity"("visibility", "startDate");

-- DropIndex
DROP INDEX "ActivityRcp_rcpId_idx";

-- CreateIndex
CREATE INDEX "ActivityRcp_rcpId_status_idx" ON "ActivityRcp"("rcpId", "status");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityTheme" ADD CONSTRAINT "ActivityTheme_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityTheme" ADD CONSTRAINT "ActivityTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
