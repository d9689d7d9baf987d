-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "prefilledAnswers" JSONB NOT NULL DEFAULT '{}';
