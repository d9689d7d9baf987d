-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "identityErasedAt" TIMESTAMP(3),
ADD COLUMN     "inactivityWarnedAt" TIMESTAMP(3),
ADD COLUMN     "lastSignInAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "retentionMonths" INTEGER;

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "anonymizedAt" TIMESTAMP(3),
ADD COLUMN     "draftReminderSentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" UUID NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "counts" JSONB NOT NULL,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RetentionRun_finishedAt_idx" ON "RetentionRun"("finishedAt");

-- CreateIndex
CREATE INDEX "Dossier_status_updatedAt_idx" ON "Dossier"("status", "updatedAt");

-- Existing accounts: inactivity counts from their last known sign-in (or last change), never from
-- their creation only, so that nobody is warned at the deployment for years of use before it.
UPDATE "User" SET "lastSignInAt" = GREATEST(
  "updatedAt",
  COALESCE((SELECT max(a."createdAt") FROM "AuditLog" a WHERE a."actorId" = "User".id AND a.action = 'login.success'), "createdAt")
);
