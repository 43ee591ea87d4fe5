// Events about an activity, recorded inside the transaction of its change: they concern its
// accepted hosts, its themes and its country as they are once the change is written.
import type { PeerEventKind, Prisma } from "~/generated/prisma/client";
import type { TActivityWhen } from "~/domain/peer-event/details";
import type { TTx } from "~/server/db-client";
import { recordPeerEvents } from "./record";

type TActivityEvent = {
  kind: PeerEventKind;
  activityId: string;
  actorId: string;
  /** The process that acted, when the change names it (a co-host joining, a new activity). */
  rcpId?: string;
  documentId?: string;
  details?: Prisma.InputJsonValue;
};

export async function recordActivityEvent(tx: TTx, event: TActivityEvent): Promise<void> {
  const activity = await tx.activity.findUnique({
    where: { id: event.activityId },
    select: { hostRcpIds: true, themeIds: true, countryCode: true },
  });
  if (!activity) return;
  const rcpId = event.rcpId ?? (await actingHost(tx, activity.hostRcpIds, event.actorId));
  if (!rcpId) return;
  await recordPeerEvents(tx, [
    {
      kind: event.kind,
      actorId: event.actorId,
      rcpId,
      activityId: event.activityId,
      documentId: event.documentId ?? null,
      rcpIds: activity.hostRcpIds,
      themeIds: activity.themeIds,
      countryCodes: activity.countryCode ? [activity.countryCode] : [],
      details: event.details,
    },
  ]);
}

/** The host the actor works for; an administrator acting for none speaks for the first host. */
async function actingHost(tx: TTx, hostRcpIds: readonly string[], actorId: string) {
  const staff = await tx.rcpStaff.findFirst({
    where: { userId: actorId, rcpId: { in: [...hostRcpIds] } },
    orderBy: { rcpId: "asc" },
    select: { rcpId: true },
  });
  return staff?.rcpId ?? hostRcpIds[0] ?? null;
}

export const WHEN_SELECT = {
  startDate: true,
  endDate: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
} as const;

type TWhenColumns = {
  startDate: Date;
  endDate: Date | null;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string | null;
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const instant = (date: Date | null) => (date ? date.toISOString() : null);

export function activityWhen(columns: TWhenColumns): TActivityWhen {
  return {
    startDate: columns.startDate.toISOString().slice(0, 10),
    endDate: day(columns.endDate),
    startsAt: instant(columns.startsAt),
    endsAt: instant(columns.endsAt),
    timeZone: columns.timeZone,
  };
}

export function isSameWhen(a: TWhenColumns, b: TWhenColumns): boolean {
  const x = activityWhen(a);
  const y = activityWhen(b);
  return (
    x.startDate === y.startDate &&
    x.endDate === y.endDate &&
    x.startsAt === y.startsAt &&
    x.endsAt === y.endsAt &&
    x.timeZone === y.timeZone
  );
}
