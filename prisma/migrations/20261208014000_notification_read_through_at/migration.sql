-- "Mark all read" also bounds the watermark by time: an event committing after it, with a lower id
-- than one already shown, stays unread.
ALTER TABLE "NotificationWatermark" ADD COLUMN "readThroughAt" TIMESTAMP(3);
