-- CreateEnum
CREATE TYPE "ProcessingTimeUnit" AS ENUM ('DAYS', 'WEEKS', 'MONTHS');

-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "processingTime" INTEGER,
ADD COLUMN     "processingTimeUnit" "ProcessingTimeUnit";
