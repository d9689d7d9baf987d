-- CreateEnum
CREATE TYPE "FileScanStatus" AS ENUM ('PENDING', 'CLEAN', 'INFECTED', 'NOT_SCANNED');

-- AlterTable: the files stored before the antivirus were never scanned, and stay servable as
-- before; from now on each writer names the status (no default).
ALTER TABLE "StoredFile" ADD COLUMN     "scanSignature" TEXT,
ADD COLUMN     "scanStatus" "FileScanStatus" NOT NULL DEFAULT 'NOT_SCANNED',
ADD COLUMN     "scannedAt" TIMESTAMP(3);
ALTER TABLE "StoredFile" ALTER COLUMN "scanStatus" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "StoredFile_scanStatus_createdAt_idx" ON "StoredFile"("scanStatus", "createdAt");
