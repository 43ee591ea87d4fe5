-- Until this migration an RCP row held only the names loaded from the reference data (there
-- was no way to edit one), so those rows are removed here and the next start loads the full
-- profiles into the then empty table.
DELETE FROM "Rcp";
-- CreateEnum
CREATE TYPE "Region" AS ENUM ('EUROPE_FSU', 'AMERICAS_CARIBBEAN', 'WESTERN_MEDITERRANEAN', 'AFRICA', 'ASIA_OCEANIA', 'THEMATIC');

-- CreateEnum
CREATE TYPE "DevelopmentGroup" AS ENUM ('THEMATIC_PRIORITY', 'AD_HOC_PRIORITY', 'WITHOUT_DEVELOPMENT');

-- CreateEnum
CREATE TYPE "SecretariatKind" AS ENUM ('FIXED', 'ROTATING', 'NONE');

-- CreateEnum
CREATE TYPE "ParticipantKind" AS ENUM ('STATE', 'TERRITORY', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('MEMBER', 'OBSERVER', 'PARTNER', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "ChairRole" AS ENUM ('CHAIR', 'CO_CHAIR', 'PRESIDENCY_PRO_TEMPORE');

-- CreateEnum
CREATE TYPE "FoundingDocumentKind" AS ENUM ('DECLARATION', 'PLAN_OF_ACTION', 'RECOMMENDATIONS');

-- CreateEnum
CREATE TYPE "ThemeTagKind" AS ENUM ('MAIN_AREA', 'PRIORITY');

-- CreateEnum
CREATE TYPE "AnnexBTopic" AS ENUM ('RESEARCH', 'CAPACITY_BUILDING', 'PILOT_PROJECTS', 'FOUNDING_DOCUMENTS', 'INTRA_GOVERNMENTAL_CONSULTATION', 'STAKEHOLDER_COOPERATION', 'CROSS_FERTILIZATION', 'GFMD_LINK');

-- CreateEnum
CREATE TYPE "AnnexBStatus" AS ENUM ('ANSWER', 'NO_RESPONSE', 'NO_EXAMPLE');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('MINISTERIAL_CONFERENCE', 'SENIOR_OFFICIALS_MEETING', 'WORKSHOP', 'TRAINING', 'MEETING', 'FORUM');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'ALL_SECRETARIATS', 'OWN_RCP');

-- AlterTable
ALTER TABLE "Rcp" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "description" JSONB NOT NULL,
ADD COLUMN     "developmentGroup" "DevelopmentGroup",
ADD COLUMN     "membersNote" JSONB,
ADD COLUMN     "observersNote" JSONB,
ADD COLUMN     "otherNames" TEXT[],
ADD COLUMN     "region" "Region" NOT NULL,
ADD COLUMN     "secretariatKind" "SecretariatKind" NOT NULL,
ADD COLUMN     "secretariatText" JSONB,
ADD COLUMN     "shortName" TEXT NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "website" TEXT;

-- CreateTable
CREATE TABLE "RcpPriority" (
    "id" TEXT NOT NULL,
    "rcpId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" JSONB NOT NULL,

    CONSTRAINT "RcpPriority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "acronym" TEXT,
    "name" JSONB,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "rcpId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecretariatHost" (
    "rcpId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,

    CONSTRAINT "SecretariatHost_pkey" PRIMARY KEY ("rcpId","participantId")
);

-- CreateTable
CREATE TABLE "ChairTerm" (
    "id" TEXT NOT NULL,
    "rcpId" TEXT NOT NULL,
    "role" "ChairRole" NOT NULL,
    "participantId" TEXT NOT NULL,
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",

    CONSTRAINT "ChairTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FoundingDocument" (
    "id" TEXT NOT NULL,
    "rcpId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER,
    "kind" "FoundingDocumentKind" NOT NULL,

    CONSTRAINT "FoundingDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" JSONB NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RcpTheme" (
    "rcpId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "kind" "ThemeTagKind" NOT NULL,

    CONSTRAINT "RcpTheme_pkey" PRIMARY KEY ("rcpId","themeId","kind")
);

-- CreateTable
CREATE TABLE "AnnexBAnswer" (
    "rcpId" TEXT NOT NULL,
    "topic" "AnnexBTopic" NOT NULL,
    "status" "AnnexBStatus" NOT NULL,
    "text" JSONB,

    CONSTRAINT "AnnexBAnswer_pkey" PRIMARY KEY ("rcpId","topic")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "startPrecision" "DatePrecision" NOT NULL,
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "location" TEXT,
    "summary" JSONB,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityRcp" (
    "activityId" TEXT NOT NULL,
    "rcpId" TEXT NOT NULL,

    CONSTRAINT "ActivityRcp_pkey" PRIMARY KEY ("activityId","rcpId")
);

-- CreateIndex
CREATE UNIQUE INDEX "RcpPriority_rcpId_position_key" ON "RcpPriority"("rcpId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_code_key" ON "Participant"("code");

-- CreateIndex
CREATE INDEX "Participant_kind_idx" ON "Participant"("kind");

-- CreateIndex
CREATE INDEX "Membership_participantId_idx" ON "Membership"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_rcpId_participantId_role_key" ON "Membership"("rcpId", "participantId", "role");

-- CreateIndex
CREATE INDEX "ChairTerm_rcpId_idx" ON "ChairTerm"("rcpId");

-- CreateIndex
CREATE UNIQUE INDEX "FoundingDocument_rcpId_title_key" ON "FoundingDocument"("rcpId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE INDEX "RcpTheme_themeId_idx" ON "RcpTheme"("themeId");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_slug_key" ON "Activity"("slug");

-- CreateIndex
CREATE INDEX "Activity_startDate_idx" ON "Activity"("startDate");

-- CreateIndex
CREATE INDEX "ActivityRcp_rcpId_idx" ON "ActivityRcp"("rcpId");

-- CreateIndex
CREATE INDEX "Rcp_region_idx" ON "Rcp"("region");

-- AddForeignKey
ALTER TABLE "RcpPriority" ADD CONSTRAINT "RcpPriority_rcpId_fkey" FOREIGN KEY ("rcpId") REFERENCES "Rcp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_rcpId_fkey" FOREIGN KEY ("rcpId") REFERENCES "Rcp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecretariatHost" ADD CONSTRAINT "SecretariatHost_rcpId_fkey" FOREIGN KEY ("rcpId") REFERENCES "Rcp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecretariatHost" ADD CONSTRAINT "SecretariatHost_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChairTerm" ADD CONSTRAINT "ChairTerm_rcpId_fkey" FOREIGN KEY ("rcpId") REFERENCES "Rcp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChairTerm" ADD CONSTRAINT "ChairTerm_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FoundingDocument" ADD CONSTRAINT "FoundingDocument_rcpId_fkey" FOREIGN KEY ("rcpId") REFERENCES "Rcp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RcpTheme" ADD CONSTRAINT "RcpTheme_rcpId_fkey" FOREIGN KEY ("rcpId") REFERENCES "Rcp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RcpTheme" ADD CONSTRAINT "RcpTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnexBAnswer" ADD CONSTRAINT "AnnexBAnswer_rcpId_fkey" FOREIGN KEY ("rcpId") REFERENCES "Rcp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRcp" ADD CONSTRAINT "ActivityRcp_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRcp" ADD CONSTRAINT "ActivityRcp_rcpId_fkey" FOREIGN KEY ("rcpId") REFERENCES "Rcp"("id") ON DELETE CASCADE ON UPDATE CASCADE;
