-- CreateEnum
CREATE TYPE "ProfileDocumentType" AS ENUM ('STATUTS', 'LISTE_DIRIGEANTS', 'RIB', 'COMPTES_APPROUVES', 'RAPPORT_ACTIVITE', 'PROCES_VERBAL_AG', 'BUDGET_PREVISIONNEL', 'AUTRE');

-- DropIndex
DROP INDEX "Attachment_fileId_key";

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "profileDocumentId" UUID;

-- CreateTable
CREATE TABLE "ProfileDocument" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
    "type" "ProfileDocumentType" NOT NULL,
    "fileId" UUID NOT NULL,
    "validUntil" TIMESTAMP(3),
    "addedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replacedAt" TIMESTAMP(3),
    "removedAt" TIMESTAMP(3),
    "removedById" UUID,
    "rejectedAt" TIMESTAMP(3),
    "rejectionMessage" TEXT,
    "expiryReminderSentAt" TIMESTAMP(3),

    CONSTRAINT "ProfileDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProfileDocument_profileId_type_createdAt_idx" ON "ProfileDocument"("profileId", "type", "createdAt");

-- CreateIndex
CREATE INDEX "ProfileDocument_validUntil_idx" ON "ProfileDocument"("validUntil");

-- CreateIndex
CREATE INDEX "ProfileDocument_fileId_idx" ON "ProfileDocument"("fileId");

-- CreateIndex
CREATE INDEX "Attachment_fileId_idx" ON "Attachment"("fileId");

-- CreateIndex
CREATE INDEX "Attachment_profileDocumentId_idx" ON "Attachment"("profileDocumentId");

-- AddForeignKey
ALTER TABLE "ProfileDocument" ADD CONSTRAINT "ProfileDocument_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileDocument" ADD CONSTRAINT "ProfileDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileDocument" ADD CONSTRAINT "ProfileDocument_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileDocument" ADD CONSTRAINT "ProfileDocument_removedById_fkey" FOREIGN KEY ("removedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_profileDocumentId_fkey" FOREIGN KEY ("profileDocumentId") REFERENCES "ProfileDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
