-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('DECLARATION', 'RECOMMENDATIONS', 'REPORT', 'AGENDA', 'CONCEPT_NOTE', 'PRESENTATION', 'MODEL_LEGISLATION', 'OTHER');

-- CreateTable
CREATE TABLE "ActivityDocument" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "date" DATE,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActivityDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActivityDocument_storageKey_key" ON "ActivityDocument"("storageKey");

-- CreateIndex
CREATE INDEX "ActivityDocument_activityId_createdAt_idx" ON "ActivityDocument"("activityId", "createdAt");

-- AddForeignKey
ALTER TABLE "ActivityDocument" ADD CONSTRAINT "ActivityDocument_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityDocument" ADD CONSTRAINT "ActivityDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
