// The seat rule, as a pure function of the seat map read under the settings row's lock.
// A nominee of a host with a quota takes a seat of that quota while it has one, else a shared seat;
// everyone else takes a shared seat. Shared seats are the capacity minus every quota.

export type TSeatMap = {
  capacity: number;
  /** Seats per host quota. */
  quotas: ReadonlyMap<string, number>;
  /** Seats held (pending or confirmed), per quota host; the key "" counts shared seats. */
  taken: Map<string, number>;
};

export const SHARED = "";

export const sharedSeats = (map: TSeatMap) =>
  map.capacity - [...map.quotas.values()].reduce((sum, seats) => sum + seats, 0);

const takenIn = (map: TSeatMap, key: string) => map.taken.get(key) ?? 0;

/** The seat a person nominated by `rcpId` would take now: a quota's host, SHARED, or null (none free). */
export function freeSeatFor(map: TSeatMap, rcpId: string | null): string | null {
  const quota = rcpId === null ? undefined : map.quotas.get(rcpId);
  if (rcpId !== null && quota !== undefined && takenIn(map, rcpId) < quota) return rcpId;
  return takenIn(map, SHARED) < sharedSeats(map) ? SHARED : null;
}

export function takeSeat(map: TSeatMap, seat: string): void {
  map.taken.set(seat, takenIn(map, seat) + 1);
}

export function freeSeat(map: TSeatMap, seat: string): void {
  map.taken.set(seat, Math.max(0, takenIn(map, seat) - 1));
}

export const totalTaken = (map: TSeatMap) => [...map.taken.values()].reduce((sum, count) => sum + count, 0);

/** Whether any seat at all is free: when none is, the waitlist cannot move. */
export const hasFreeSeat = (map: TSeatMap) => totalTaken(map) < map.capacity;

/** The column value for a seat: the quota host, or null for a shared seat. */
export const quotaColumn = (seat: string) => (seat === SHARED ? null : seat);
export const seatOf = (quotaRcpId: string | null) => quotaRcpId ?? SHARED;
