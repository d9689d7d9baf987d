-- CreateEnum
CREATE TYPE "DossierStatus" AS ENUM ('BROUILLON', 'DEPOSE', 'EN_INSTRUCTION', 'COMPLEMENT_DEMANDE', 'ACCEPTE', 'REFUSE', 'SANS_SUITE');

-- CreateEnum
CREATE TYPE "AttachmentReview" AS ENUM ('EN_ATTENTE', 'VALIDE', 'REJETE');

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "attachments" JSONB;

-- CreateTable
CREATE TABLE "Dossier" (
    "id" UUID NOT NULL,
    "number" TEXT,
    "procedureId" UUID NOT NULL,
    "procedureVersionId" UUID NOT NULL,
    "applicantId" UUID NOT NULL,
    "profileId" UUID,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "status" "DossierStatus" NOT NULL DEFAULT 'BROUILLON',
    "version" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" UUID NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "receiptFileId" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierNumberCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DossierNumberCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "DossierEvent" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "actorId" UUID,
    "type" TEXT NOT NULL,
    "fromStatus" "DossierStatus",
    "toStatus" "DossierStatus",
    "message" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "documentId" TEXT NOT NULL,
    "fileId" UUID NOT NULL,
    "review" "AttachmentReview" NOT NULL DEFAULT 'EN_ATTENTE',
    "reviewMessage" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" UUID,
    "replacedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierMessage" (
    "id" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "fromAgent" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierMessageFile" (
    "messageId" UUID NOT NULL,
    "fileId" UUID NOT NULL,

    CONSTRAINT "DossierMessageFile_pkey" PRIMARY KEY ("messageId","fileId")
);

-- CreateTable
CREATE TABLE "IssuedDocument" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "fileId" UUID NOT NULL,
    "dossierId" UUID,
    "recipientUserId" UUID,
    "recipientProfileId" UUID,
    "sentById" UUID NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssuedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_number_key" ON "Dossier"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_idempotencyKey_key" ON "Dossier"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_receiptFileId_key" ON "Dossier"("receiptFileId");

-- CreateIndex
CREATE INDEX "Dossier_applicantId_updatedAt_idx" ON "Dossier"("applicantId", "updatedAt");

-- CreateIndex
CREATE INDEX "Dossier_profileId_updatedAt_idx" ON "Dossier"("profileId", "updatedAt");

-- CreateIndex
CREATE INDEX "Dossier_procedureId_status_submittedAt_idx" ON "Dossier"("procedureId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Dossier_status_submittedAt_idx" ON "Dossier"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "DossierEvent_dossierId_createdAt_idx" ON "DossierEvent"("dossierId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_fileId_key" ON "Attachment"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_replacedById_key" ON "Attachment"("replacedById");

-- CreateIndex
CREATE INDEX "Attachment_dossierId_documentId_idx" ON "Attachment"("dossierId", "documentId");

-- CreateIndex
CREATE INDEX "DossierMessage_dossierId_createdAt_idx" ON "DossierMessage"("dossierId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DossierMessageFile_fileId_key" ON "DossierMessageFile"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_fileId_key" ON "IssuedDocument"("fileId");

-- CreateIndex
CREATE INDEX "IssuedDocument_recipientUserId_createdAt_idx" ON "IssuedDocument"("recipientUserId", "createdAt");

-- CreateIndex
CREATE INDEX "IssuedDocument_recipientProfileId_createdAt_idx" ON "IssuedDocument"("recipientProfileId", "createdAt");

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_procedureVersionId_fkey" FOREIGN KEY ("procedureVersionId") REFERENCES "ProcedureVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierMessage" ADD CONSTRAINT "DossierMessage_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierMessage" ADD CONSTRAINT "DossierMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierMessageFile" ADD CONSTRAINT "DossierMessageFile_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "DossierMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierMessageFile" ADD CONSTRAINT "DossierMessageFile_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_recipientProfileId_fkey" FOREIGN KEY ("recipientProfileId") REFERENCES "Profile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
