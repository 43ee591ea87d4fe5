// What the database holds after the load, checked against the seat rule: the figures of the
// report, and every way the load could have overbooked or let someone in twice. (Rows are ordered
// by the bigint column, never by its text: "10" sorts before "9".)
import type pg from "pg";
import { freeSeatFor, takeSeat, type TSeatMap } from "../../src/server/registration/seats";
import type { TSeatPlan } from "./cases";

export type TVerdict = {
  registrations: number;
  seated: number;
  perQuota: Record<string, { seats: number; taken: number }>;
  shared: { seats: number; taken: number };
  waitlisted: number;
  duplicates: number;
  /** Registrations sharing an arrival number with another: the line's order would be ambiguous. */
  arrivalTies: number;
  /** Registrations whose status differs from the seat rule replayed in arrival order. */
  outOfOrder: number;
  problems: string[];
};

type TRow = {
  status: string;
  nominatingRcpId: string | null;
  quotaRcpId: string | null;
  arrival: string;
  createdAt: string;
};

export async function verifySeats(
  client: pg.Client,
  activityId: string,
  plan: TSeatPlan,
  ids: Record<string, string>,
): Promise<TVerdict> {
  const { rows } = await client.query<TRow>(
    `SELECT status, "nominatingRcpId", "quotaRcpId", arrival::text AS arrival, "createdAt"::text AS "createdAt"
       FROM "Registration" WHERE "activityId" = $1 ORDER BY "Registration".arrival`,
    [activityId],
  );
  const duplicates = Number(
    (
      await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM (SELECT lower(email) FROM "Registration" WHERE "activityId" = $1
           GROUP BY lower(email) HAVING count(*) > 1) twice`,
        [activityId],
      )
    ).rows[0]?.n ?? 0,
  );
  const seated = rows.filter((row) => row.status === "CONFIRMED" || row.status === "PENDING");
  const quotaSeats = Object.values(plan.quotas).reduce((sum, seats) => sum + seats, 0);
  const perQuota = Object.fromEntries(
    Object.entries(plan.quotas).map(([slug, seats]) => [
      slug,
      { seats, taken: seated.filter((row) => row.quotaRcpId === ids[slug]).length },
    ]),
  );
  const shared = {
    seats: plan.capacity - quotaSeats,
    taken: seated.filter((row) => row.quotaRcpId === null).length,
  };
  const arrivalTies = rows.length - new Set(rows.map((row) => row.arrival)).size;
  const misplaced = findOutOfOrder(rows, plan, ids);
  const outOfOrder = misplaced.length;

  const problems: string[] = [];
  if (seated.length > plan.capacity) problems.push(`overbooked: ${seated.length} seated of ${plan.capacity}`);
  for (const [slug, quota] of Object.entries(perQuota)) {
    if (quota.taken > quota.seats)
      problems.push(`quota of ${slug} overbooked: ${quota.taken} of ${quota.seats}`);
  }
  if (shared.taken > shared.seats)
    problems.push(`shared seats overbooked: ${shared.taken} of ${shared.seats}`);
  if (duplicates > 0) problems.push(`${duplicates} people registered twice`);
  if (arrivalTies > 0) problems.push(`${arrivalTies} registrations share an arrival number`);
  if (outOfOrder > 0) {
    const slugOf = new Map(Object.entries(ids).map(([slug, id]) => [id, slug]));
    const first = misplaced
      .slice(0, 4)
      .map(
        (row) =>
          `#${row.arrival} ${row.status} of ${slugOf.get(row.nominatingRcpId ?? "") ?? "none"} in ${slugOf.get(row.quotaRcpId ?? "") ?? "shared"}`,
      )
      .join(", ");
    problems.push(
      `${outOfOrder} registrations not seated as the seat rule says in arrival order (first: ${first})`,
    );
  }
  return {
    registrations: rows.length,
    seated: seated.length,
    perQuota,
    shared,
    waitlisted: rows.filter((row) => row.status === "WAITLISTED").length,
    duplicates,
    arrivalTies,
    outOfOrder,
    problems,
  };
}

/** The seat rule replayed in arrival order (nobody withdraws during the load): who must be seated. */
function findOutOfOrder(rows: readonly TRow[], plan: TSeatPlan, ids: Record<string, string>): TRow[] {
  const map: TSeatMap = {
    capacity: plan.capacity,
    quotas: new Map(Object.entries(plan.quotas).map(([slug, seats]) => [ids[slug] ?? slug, seats])),
    taken: new Map(),
  };
  const wrong: TRow[] = [];
  for (const row of rows) {
    const seat = freeSeatFor(map, row.nominatingRcpId);
    if (seat !== null) takeSeat(map, seat);
    const isSeated = row.status === "CONFIRMED" || row.status === "PENDING";
    if (isSeated !== (seat !== null)) wrong.push(row);
  }
  return wrong;
}
