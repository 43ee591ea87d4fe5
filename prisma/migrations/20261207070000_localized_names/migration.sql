-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "localizedAcronyms" JSONB;

-- AlterTable
ALTER TABLE "Rcp" ADD COLUMN     "localizedNames" JSONB;
