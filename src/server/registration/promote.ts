// A freed seat goes to the first person in line who may take it, in the transaction that freed it.
import type { TTx } from "~/server/db-client";
import { stateOf, type TLockedSettings } from "./locked";
import { queuePersonMail } from "./person-mail";
import { freeSeatFor, hasFreeSeat, quotaColumn, takeSeat, type TSeatMap } from "./seats";

/** Status of a person given a seat: approval mode keeps them pending until a host decides. */
export const seatedStatus = (settings: Pick<TLockedSettings, "mode">) =>
  settings.mode === "APPROVAL" ? ("PENDING" as const) : ("CONFIRMED" as const);

/**
 * Promotes from the waitlist while seats are free. Call it under the settings lock, with the seat
 * map as the calling change left it. Nothing moves once registration has closed or the activity
 * started (a promotion then would reach someone who no longer expects it).
 */
export async function promoteWaitlist(tx: TTx, settings: TLockedSettings, map: TSeatMap, now: Date) {
  if (stateOf(settings, now) !== "OPEN" || !hasFreeSeat(map)) return 0;
  const line = await tx.registration.findMany({
    where: { activityId: settings.activityId, status: "WAITLISTED" },
    orderBy: { arrival: "asc" },
    select: { id: true, nominatingRcpId: true, version: true },
  });
  const status = seatedStatus(settings);
  let promoted = 0;
  for (const person of line) {
    if (!hasFreeSeat(map)) break;
    const seat = freeSeatFor(map, person.nominatingRcpId);
    if (seat === null) continue;
    takeSeat(map, seat);
    await tx.registration.update({
      where: { id: person.id },
      data: { status, quotaRcpId: quotaColumn(seat), version: { increment: 1 } },
      select: { id: true },
    });
    await tx.registrationEvent.create({
      data: { registrationId: person.id, fromStatus: "WAITLISTED", toStatus: status },
      select: { id: true },
    });
    const kind = status === "PENDING" ? "promotedPending" : "promotedConfirmed";
    await queuePersonMail(tx, person.id, kind, person.version + 1);
    promoted++;
  }
  return promoted;
}
