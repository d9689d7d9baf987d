-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "complementResponseDays" INTEGER;

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "complementDueAt" TIMESTAMP(3);
