-- Peer updates: events recorded with every meaningful change, and follows. Events are append-only:
-- the database refuses to rewrite one (only the actor link is cleared when that account is deleted).
-- CreateEnum
CREATE TYPE "PeerEventKind" AS ENUM ('ACTIVITY_POSTED', 'ACTIVITY_RESCHEDULED', 'ACTIVITY_CANCELLED', 'REGISTRATION_OPENED', 'DOCUMENT_PUBLISHED', 'COHOST_JOINED', 'PRIORITIES_CHANGED', 'MEMBERSHIP_CHANGED', 'RCP_CREATED');

-- CreateEnum
CREATE TYPE "FollowTarget" AS ENUM ('RCP', 'THEME', 'COUNTRY');

-- CreateTable
CREATE TABLE "PeerEvent" (
    "id" BIGSERIAL NOT NULL,
    "kind" "PeerEventKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "rcpId" TEXT NOT NULL,
    "activityId" TEXT,
    "documentId" TEXT,
    "rcpIds" TEXT[],
    "themeIds" TEXT[],
    "countryCodes" TEXT[],
    "details" JSONB,

    CONSTRAINT "PeerEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Follow" (
    "userId" TEXT NOT NULL,
    "targetType" "FollowTarget" NOT NULL,
    "targetId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("userId","targetType","targetId")
);

-- CreateIndex
CREATE INDEX "PeerEvent_rcpId_id_idx" ON "PeerEvent"("rcpId", "id");

-- CreateIndex
CREATE INDEX "PeerEvent_activityId_idx" ON "PeerEvent"("activityId");

-- CreateIndex
CREATE INDEX "PeerEvent_documentId_idx" ON "PeerEvent"("documentId");

-- CreateIndex
CREATE INDEX "PeerEvent_actorId_idx" ON "PeerEvent"("actorId");

-- CreateIndex
CREATE INDEX "PeerEvent_rcpIds_idx" ON "PeerEvent" USING GIN ("rcpIds");

-- CreateIndex
CREATE INDEX "PeerEvent_themeIds_idx" ON "PeerEvent" USING GIN ("themeIds");

-- CreateIndex
CREATE INDEX "PeerEvent_countryCodes_idx" ON "PeerEvent" USING GIN ("countryCodes");

-- CreateIndex
CREATE INDEX "Follow_targetType_targetId_idx" ON "Follow"("targetType", "targetId");

-- AddForeignKey
ALTER TABLE "PeerEvent" ADD CONSTRAINT "PeerEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerEvent" ADD CONSTRAINT "PeerEvent_rcpId_fkey" FOREIGN KEY ("rcpId") REFERENCES "Rcp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerEvent" ADD CONSTRAINT "PeerEvent_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerEvent" ADD CONSTRAINT "PeerEvent_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ActivityDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION "peer_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (to_jsonb(NEW) - 'actorId') IS DISTINCT FROM (to_jsonb(OLD) - 'actorId') OR NEW."actorId" IS NOT NULL THEN
    RAISE EXCEPTION 'peer events are append-only' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "PeerEvent_append_only" BEFORE UPDATE ON "PeerEvent"
  FOR EACH ROW EXECUTE FUNCTION "peer_event_append_only"();
