-- Peer updates by email: each person's frequency and the start of their next mail's window, the
-- digests sent (one per person and window start), and extra headers on queued mail (one-click
-- unsubscribe).
-- CreateEnum
CREATE TYPE "EmailFrequency" AS ENUM ('OFF', 'IMMEDIATE', 'DAILY', 'WEEKLY');

-- AlterTable
ALTER TABLE "MailDelivery" ADD COLUMN     "headers" JSONB;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailFrequency" "EmailFrequency" NOT NULL DEFAULT 'WEEKLY',
ADD COLUMN     "peerMailFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "PeerDigest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "frequency" "EmailFrequency" NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "windowEnd" TIMESTAMP(3) NOT NULL,
    "eventCount" INTEGER NOT NULL,
    "mailKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeerDigest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PeerDigest_mailKey_key" ON "PeerDigest"("mailKey");

-- CreateIndex
CREATE UNIQUE INDEX "PeerDigest_userId_windowStart_key" ON "PeerDigest"("userId", "windowStart");

-- AddForeignKey
ALTER TABLE "PeerDigest" ADD CONSTRAINT "PeerDigest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerDigest" ADD CONSTRAINT "PeerDigest_mailKey_fkey" FOREIGN KEY ("mailKey") REFERENCES "MailDelivery"("idempotencyKey") ON DELETE CASCADE ON UPDATE CASCADE;
