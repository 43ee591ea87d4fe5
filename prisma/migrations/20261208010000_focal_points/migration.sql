-- Focal points of RCPs: personal data for secretariats only. Removal is a real DELETE.
-- CreateEnum
CREATE TYPE "FocalPointVisibility" AS ENUM ('ALL_SECRETARIATS', 'OWN_RCP');

-- CreateTable
CREATE TABLE "FocalPoint" (
    "id" TEXT NOT NULL,
    "rcpId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "agency" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "languages" TEXT[],
    "since" DATE,
    "endedAt" DATE,
    "visibility" "FocalPointVisibility" NOT NULL DEFAULT 'ALL_SECRETARIATS',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FocalPoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FocalPoint_rcpId_idx" ON "FocalPoint"("rcpId");

-- CreateIndex
CREATE INDEX "FocalPoint_participantId_idx" ON "FocalPoint"("participantId");

-- AddForeignKey
ALTER TABLE "FocalPoint" ADD CONSTRAINT "FocalPoint_rcpId_fkey" FOREIGN KEY ("rcpId") REFERENCES "Rcp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocalPoint" ADD CONSTRAINT "FocalPoint_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocalPoint" ADD CONSTRAINT "FocalPoint_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Never public, whatever the enum grows into: the tier is a secretariat's decision, not a visitor's.
ALTER TABLE "FocalPoint" ADD CONSTRAINT "FocalPoint_visibility_not_public" CHECK ("visibility"::text IN ('ALL_SECRETARIATS', 'OWN_RCP'));

-- A focal point cannot end before it began.
ALTER TABLE "FocalPoint" ADD CONSTRAINT "FocalPoint_ended_after_since" CHECK ("endedAt" IS NULL OR "since" IS NULL OR "endedAt" >= "since");
