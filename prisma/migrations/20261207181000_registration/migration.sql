-- Registration for activities: settings (whose row every seat-changing write locks), host seat
-- quotas, registrations (one per person and activity, enforced here) and their transitions.
CREATE TYPE "RegistrationMode" AS ENUM ('OPEN', 'APPROVAL');
CREATE TYPE "RegistrationStatus" AS ENUM ('PENDING', 'CONFIRMED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN');
CREATE TYPE "RegistrationQuestion" AS ENUM ('ROLE', 'ORGANISATION', 'DIETARY_NEEDS', 'ACCESS_NEEDS', 'COMMENT');

CREATE TABLE "RegistrationSettings" (
    "activityId" TEXT NOT NULL,
    "mode" "RegistrationMode" NOT NULL,
    "capacity" INTEGER NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "questions" "RegistrationQuestion"[],
    "requiredQuestions" "RegistrationQuestion"[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegistrationSettings_pkey" PRIMARY KEY ("activityId")
);

CREATE TABLE "RegistrationQuota" (
    "activityId" TEXT NOT NULL,
    "rcpId" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,

    CONSTRAINT "RegistrationQuota_pkey" PRIMARY KEY ("activityId","rcpId")
);

CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "organisation" TEXT,
    "countryCode" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "userId" TEXT,
    "role" TEXT,
    "participantCode" TEXT,
    "dietaryNeeds" TEXT,
    "accessNeeds" TEXT,
    "comment" TEXT,
    "nominatingRcpId" TEXT,
    "quotaRcpId" TEXT,
    "registeredById" TEXT,
    "arrival" BIGSERIAL NOT NULL,
    "tokenHash" TEXT,
    "tokenGeneration" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "RegistrationEvent" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "fromStatus" "RegistrationStatus",
    "toStatus" "RegistrationStatus" NOT NULL,
    "actorId" TEXT,
    "byToken" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "RegistrationSettings_updatedById_idx" ON "RegistrationSettings"("updatedById");
CREATE UNIQUE INDEX "Registration_tokenHash_key" ON "Registration"("tokenHash");
CREATE INDEX "Registration_activityId_status_arrival_idx" ON "Registration"("activityId", "status", "arrival");
CREATE INDEX "Registration_activityId_quotaRcpId_status_idx" ON "Registration"("activityId", "quotaRcpId", "status");
CREATE INDEX "Registration_userId_idx" ON "Registration"("userId");
CREATE INDEX "Registration_nominatingRcpId_idx" ON "Registration"("nominatingRcpId");
CREATE INDEX "Registration_registeredById_idx" ON "Registration"("registeredById");
CREATE UNIQUE INDEX "Registration_activityId_email_key" ON "Registration"("activityId", "email");
CREATE INDEX "RegistrationEvent_registrationId_createdAt_idx" ON "RegistrationEvent"("registrationId", "createdAt");
CREATE INDEX "RegistrationEvent_actorId_idx" ON "RegistrationEvent"("actorId");
CREATE INDEX "RegistrationEvent_createdAt_idx" ON "RegistrationEvent"("createdAt");

ALTER TABLE "RegistrationSettings" ADD CONSTRAINT "RegistrationSettings_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RegistrationSettings" ADD CONSTRAINT "RegistrationSettings_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RegistrationQuota" ADD CONSTRAINT "RegistrationQuota_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "RegistrationSettings"("activityId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RegistrationQuota" ADD CONSTRAINT "RegistrationQuota_activityId_rcpId_fkey" FOREIGN KEY ("activityId", "rcpId") REFERENCES "ActivityRcp"("activityId", "rcpId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_nominatingRcpId_fkey" FOREIGN KEY ("nominatingRcpId") REFERENCES "Rcp"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RegistrationEvent" ADD CONSTRAINT "RegistrationEvent_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RegistrationEvent" ADD CONSTRAINT "RegistrationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Beyond what the schema language says: no negative seats, and closing after opening.
ALTER TABLE "RegistrationSettings" ADD CONSTRAINT "RegistrationSettings_capacity_check" CHECK ("capacity" >= 0);
ALTER TABLE "RegistrationSettings" ADD CONSTRAINT "RegistrationSettings_window_check" CHECK ("closesAt" > "opensAt");
ALTER TABLE "RegistrationQuota" ADD CONSTRAINT "RegistrationQuota_seats_check" CHECK ("seats" >= 1);
