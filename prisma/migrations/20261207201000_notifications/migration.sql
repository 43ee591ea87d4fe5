-- In-app notifications: what each person has read, as a watermark ("mark all read") and single
-- reads above it. Notifications themselves are read from PeerEvent and Follow, never copied.
-- CreateTable
CREATE TABLE "NotificationWatermark" (
    "userId" TEXT NOT NULL,
    "readThroughId" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationWatermark_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "NotificationRead" (
    "userId" TEXT NOT NULL,
    "eventId" BIGINT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationRead_pkey" PRIMARY KEY ("userId","eventId")
);

-- CreateIndex
CREATE INDEX "NotificationRead_eventId_idx" ON "NotificationRead"("eventId");

-- AddForeignKey
ALTER TABLE "NotificationWatermark" ADD CONSTRAINT "NotificationWatermark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationRead" ADD CONSTRAINT "NotificationRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationRead" ADD CONSTRAINT "NotificationRead_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "PeerEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
