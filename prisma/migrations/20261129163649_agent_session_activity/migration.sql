-- CreateTable
CREATE TABLE "SessionActivity" (
    "sid" UUID NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionActivity_pkey" PRIMARY KEY ("sid")
);

-- CreateIndex
CREATE INDEX "SessionActivity_lastSeenAt_idx" ON "SessionActivity"("lastSeenAt");
