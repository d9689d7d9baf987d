-- CreateEnum
CREATE TYPE "OidcTicketKind" AS ENUM ('SIGNIN', 'LINK');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "franceConnectSub" TEXT,
ADD COLUMN     "proConnectSub" TEXT;

-- CreateTable
CREATE TABLE "OidcTicket" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "kind" "OidcTicketKind" NOT NULL,
    "provider" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "sub" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "idToken" TEXT NOT NULL,
    "mfa" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OidcTicket_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OidcTicket_tokenHash_key" ON "OidcTicket"("tokenHash");

-- CreateIndex
CREATE INDEX "OidcTicket_userId_idx" ON "OidcTicket"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "User_franceConnectSub_key" ON "User"("franceConnectSub");

-- CreateIndex
CREATE UNIQUE INDEX "User_proConnectSub_key" ON "User"("proConnectSub");

-- AddForeignKey
ALTER TABLE "OidcTicket" ADD CONSTRAINT "OidcTicket_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
