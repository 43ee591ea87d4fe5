-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';
