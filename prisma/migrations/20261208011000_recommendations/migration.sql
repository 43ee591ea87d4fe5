-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'IMPLEMENTED', 'PARTLY_IMPLEMENTED', 'DISCONTINUED', 'NO_LONGER_RELEVANT');

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" JSONB NOT NULL,
    "statusHosts" "RecommendationStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "statusSecretariats" "RecommendationStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "statusPublic" "RecommendationStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationTheme" (
    "recommendationId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "RecommendationTheme_pkey" PRIMARY KEY ("recommendationId","themeId")
);

-- CreateTable
CREATE TABLE "RecommendationFollowUp" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "status" "RecommendationStatus" NOT NULL,
    "rcpId" TEXT NOT NULL,
    "evidenceText" TEXT,
    "evidenceUrl" TEXT,
    "evidenceDocumentId" TEXT,
    "date" DATE NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationFollowUpActor" (
    "followUpId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,

    CONSTRAINT "RecommendationFollowUpActor_pkey" PRIMARY KEY ("followUpId","participantId")
);

-- CreateIndex
CREATE INDEX "Recommendation_createdById_idx" ON "Recommendation"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_documentId_number_key" ON "Recommendation"("documentId", "number");

-- CreateIndex
CREATE INDEX "RecommendationTheme_themeId_idx" ON "RecommendationTheme"("themeId");

-- CreateIndex
CREATE INDEX "RecommendationFollowUp_recommendationId_recordedAt_idx" ON "RecommendationFollowUp"("recommendationId", "recordedAt");

-- CreateIndex
CREATE INDEX "RecommendationFollowUp_rcpId_idx" ON "RecommendationFollowUp"("rcpId");

-- CreateIndex
CREATE INDEX "RecommendationFollowUp_evidenceDocumentId_idx" ON "RecommendationFollowUp"("evidenceDocumentId");

-- CreateIndex
CREATE INDEX "RecommendationFollowUp_recordedById_idx" ON "RecommendationFollowUp"("recordedById");

-- CreateIndex
CREATE INDEX "RecommendationFollowUpActor_participantId_idx" ON "RecommendationFollowUpActor"("participantId");

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ActivityDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationTheme" ADD CONSTRAINT "RecommendationTheme_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationTheme" ADD CONSTRAINT "RecommendationTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_rcpId_fkey" FOREIGN KEY ("rcpId") REFERENCES "Rcp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_evidenceDocumentId_fkey" FOREIGN KEY ("evidenceDocumentId") REFERENCES "ActivityDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUpActor" ADD CONSTRAINT "RecommendationFollowUpActor_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "RecommendationFollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUpActor" ADD CONSTRAINT "RecommendationFollowUpActor_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
