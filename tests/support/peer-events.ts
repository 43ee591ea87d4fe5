// Peer-event scenes for the feed tests: processes with members and themes, events written as the
// mutations write them, follows, and the seven actors of every marker test.
import { randomUUID } from "node:crypto";
import type { PeerEventKind, Prisma } from "~/generated/prisma/client";
import { recordPeerEvents } from "~/server/peer-event/record";
import { testDb } from "./db";
import { createActivityRecord, createRcp, createUser } from "./factories";

const unique = () => randomUUID().slice(0, 8);

export async function createTheme(label = `Test theme ${unique()}`) {
  return testDb().theme.create({
    data: { slug: `test-theme-${unique()}`, label: { en: label, fr: `${label} (fr)`, es: `${label} (es)` } },
    select: { id: true, slug: true },
  });
}

/** Current member states of a process (added to the participants when new). */
export async function addMembers(rcpId: string, codes: readonly string[]) {
  for (const code of codes) {
    const participant = await testDb().participant.upsert({
      where: { code },
      create: { code, kind: "STATE" },
      update: {},
      select: { id: true },
    });
    await testDb().membership.create({ data: { rcpId, participantId: participant.id, role: "MEMBER" } });
  }
}

export async function addTheme(rcpId: string, themeId: string) {
  await testDb().rcpTheme.create({ data: { rcpId, themeId, kind: "PRIORITY" } });
}

export async function follow(userId: string, targetType: "RCP" | "THEME" | "COUNTRY", targetId: string) {
  await testDb().follow.create({ data: { userId, targetType, targetId } });
}

type TEvent = {
  kind: PeerEventKind;
  rcpId: string;
  activityId?: string;
  documentId?: string;
  rcpIds?: string[];
  themeIds?: string[];
  countryCodes?: string[];
  details?: Prisma.InputJsonValue;
};

export async function recordEvent(event: TEvent) {
  await testDb().$transaction((tx) =>
    recordPeerEvents(tx, [{ actorId: null, rcpIds: event.rcpIds ?? [event.rcpId], ...event }]),
  );
}

/** An activity of `hostRcpIds` with its ACTIVITY_POSTED event, as the create mutation records it. */
export async function postedActivity(options: {
  hostRcpIds: string[];
  visibility: "PUBLIC" | "ALL_SECRETARIATS" | "HOSTS";
  title: string;
  themeIds?: string[];
}) {
  const activity = await createActivityRecord(options);
  const [owner] = options.hostRcpIds;
  await recordEvent({
    kind: "ACTIVITY_POSTED",
    rcpId: owner ?? "",
    activityId: activity.id,
    rcpIds: options.hostRcpIds,
    themeIds: options.themeIds ?? [],
  });
  return activity;
}

export const TIERS = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"] as const;

/** A joint activity's hosts, a third process, and the seven actors around them. */
export async function markerCast() {
  const [host, coHost, other] = await Promise.all([createRcp(), createRcp(), createRcp()]);
  const users = {
    anonymous: null,
    otherEditor: await createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] }),
    otherViewer: await createUser({ staff: [{ rcpId: other.id, role: "VIEWER" }] }),
    hostEditor: await createUser({ staff: [{ rcpId: host.id, role: "EDITOR" }] }),
    hostViewer: await createUser({ staff: [{ rcpId: host.id, role: "VIEWER" }] }),
    coHost: await createUser({ staff: [{ rcpId: coHost.id, role: "EDITOR" }] }),
    admin: await createUser({ platformRole: "ADMIN" }),
  };
  return { host, coHost, other, users };
}

/** What each actor may see of the three tiers (the activity policy's rule). */
export const EXPECTED_TIERS: Record<string, readonly string[]> = {
  anonymous: ["PUBLIC"],
  otherEditor: ["PUBLIC", "ALL_SECRETARIATS"],
  otherViewer: ["PUBLIC", "ALL_SECRETARIATS"],
  hostEditor: TIERS,
  hostViewer: TIERS,
  coHost: TIERS,
  admin: TIERS,
};
