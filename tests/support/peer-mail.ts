// Records for peer-update mail tests in a database of their own (a digest run reads every person
// of a frequency, so it must not meet other files' people).
import { randomUUID } from "node:crypto";
import type { EmailFrequency, FollowTarget, PeerEventKind } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";

const unique = () => randomUUID().slice(0, 8);
const LONG_AGO = new Date("2020-01-01T00:00:00Z");

export async function rcpIn(db: TDb, name = `Process ${unique()}`) {
  const id = unique();
  return db.rcp.create({
    data: {
      slug: `mail-rcp-${id}`,
      name: `${name} (full)`,
      shortName: name,
      yearEstablished: 2001,
      region: "AFRICA",
      description: { en: "A process created by a test." },
      secretariatKind: "FIXED",
    },
    select: { id: true, slug: true },
  });
}

export async function personIn(
  db: TDb,
  options: {
    frequency?: EmailFrequency;
    from?: Date;
    locale?: string;
    staff?: { rcpId: string; role: "EDITOR" | "VIEWER" }[];
    follows?: { type: FollowTarget; id: string; since?: Date }[];
  } = {},
) {
  const email = `reader-${unique()}@example.org`;
  return db.user.create({
    data: {
      email,
      name: `Reader ${email}`,
      locale: options.locale ?? "en",
      emailFrequency: options.frequency ?? "WEEKLY",
      peerMailFrom: options.from ?? LONG_AGO,
      rcpRoles: { create: options.staff ?? [] },
      follows: {
        create: (options.follows ?? []).map((follow) => ({
          targetType: follow.type,
          targetId: follow.id,
          createdAt: follow.since ?? LONG_AGO,
        })),
      },
    },
    select: { id: true, email: true },
  });
}

export async function activityIn(
  db: TDb,
  options: { hostRcpIds: string[]; title: string; visibility?: "PUBLIC" | "ALL_SECRETARIATS" | "HOSTS" },
) {
  return db.activity.create({
    data: {
      slug: `mail-activity-${unique()}`,
      title: { en: options.title, fr: `${options.title} (fr)` },
      kind: "WORKSHOP",
      startDate: new Date("2030-05-12T00:00:00Z"),
      startPrecision: "DAY",
      timeZone: "UTC",
      location: "Rabat",
      visibility: options.visibility ?? "PUBLIC",
      rcps: { create: options.hostRcpIds.map((rcpId) => ({ rcpId, status: "ACCEPTED" as const })) },
    },
    select: { id: true, slug: true },
  });
}

/** An event at a chosen time (events are append-only: the time is set when it is written). */
export async function eventIn(
  db: TDb,
  options: {
    rcpId: string;
    at: Date;
    activityId?: string;
    kind?: PeerEventKind;
    actorId?: string;
    themeIds?: string[];
  },
) {
  return db.peerEvent.create({
    data: {
      kind: options.kind ?? (options.activityId ? "ACTIVITY_POSTED" : "PRIORITIES_CHANGED"),
      createdAt: options.at,
      actorId: options.actorId ?? null,
      rcpId: options.rcpId,
      activityId: options.activityId ?? null,
      rcpIds: [options.rcpId],
      themeIds: options.themeIds ?? [],
      countryCodes: [],
    },
    select: { id: true },
  });
}
