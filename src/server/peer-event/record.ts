// Recording what a process did, inside the transaction of the change: the event exists if and only
// if the change does.
import type { Prisma, PeerEventKind } from "~/generated/prisma/client";
import type { TTx } from "~/server/db-client";

export type TPeerEventInput = {
  kind: PeerEventKind;
  actorId: string | null;
  rcpId: string;
  activityId?: string | null;
  documentId?: string | null;
  rcpIds: readonly string[];
  themeIds?: readonly string[];
  countryCodes?: readonly string[];
  details?: Prisma.InputJsonValue;
};

const sorted = (values: readonly string[] | undefined) => [...new Set(values ?? [])].sort();

export async function recordPeerEvents(tx: TTx, events: readonly TPeerEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.peerEvent.createMany({
    data: events.map((event) => ({
      kind: event.kind,
      actorId: event.actorId,
      rcpId: event.rcpId,
      activityId: event.activityId ?? null,
      documentId: event.documentId ?? null,
      rcpIds: sorted(event.rcpIds.length > 0 ? event.rcpIds : [event.rcpId]),
      themeIds: sorted(event.themeIds),
      countryCodes: sorted(event.countryCodes),
      details: event.details,
    })),
  });
}
