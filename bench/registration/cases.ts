// What the registration bench sets up, straight in its throw-away database: a joint Bali–Budapest
// workshop open for registration (capacity and a quota per host) that the load fills, and another
// that already has a long participant list, seeded in one statement.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { BenchError } from "../cleanup";

export const HOSTS = ["budapest-process", "bali-process"] as const;
/** Nominates too, without a quota: its people take shared seats. */
export const GUEST = "colombo-process";

export type TSeatPlan = { capacity: number; quotas: Record<string, number> };

export type TBenchActivity = { id: string; hostIds: Record<string, string> };

const DAY = 24 * 60 * 60 * 1000;

/** The ids of the seeded RCPs the bench needs, by slug. */
export async function rcpIds(client: pg.Client): Promise<Record<string, string>> {
  const slugs = [...HOSTS, GUEST];
  const { rows } = await client.query<{ id: string; slug: string }>(
    `SELECT id, slug FROM "Rcp" WHERE slug = ANY($1)`,
    [slugs],
  );
  const ids = Object.fromEntries(rows.map((row) => [row.slug, row.id]));
  const missing = slugs.filter((slug) => !ids[slug]);
  if (missing.length > 0)
    throw new BenchError(`The bench database lacks ${missing.join(", ")}: was it seeded?`);
  return ids;
}

/**
 * A public workshop of both hosts a month ahead, registration open (no approval, every question
 * optional) with `plan`'s capacity and quotas (keyed by slug).
 */
export async function createOpenWorkshop(
  client: pg.Client,
  ids: Record<string, string>,
  plan: TSeatPlan,
  label: string,
): Promise<TBenchActivity> {
  const id = `bench-${label}-${randomBytes(4).toString("hex")}`;
  const startDate = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "Activity" (id, slug, title, kind, "startDate", "startPrecision", "timeZone", location, visibility, "updatedAt")
       VALUES ($1, $1, $2, 'WORKSHOP', $3, 'DAY', 'UTC', 'Bali', 'PUBLIC', now())`,
      [id, JSON.stringify({ en: `Bench workshop (${label})` }), startDate],
    );
    for (const slug of HOSTS) {
      await client.query(
        `INSERT INTO "ActivityRcp" ("activityId", "rcpId", status) VALUES ($1, $2, 'ACCEPTED')`,
        [id, ids[slug]],
      );
    }
    await client.query(
      `INSERT INTO "RegistrationSettings" ("activityId", mode, capacity, "opensAt", "closesAt", questions, "requiredQuestions", "updatedAt")
       VALUES ($1, 'OPEN', $2, now() - interval '1 hour', now() + interval '7 days',
               ARRAY['ROLE','ORGANISATION','DIETARY_NEEDS','ACCESS_NEEDS','COMMENT']::"RegistrationQuestion"[], '{}', now())`,
      [id, plan.capacity],
    );
    for (const [slug, seats] of Object.entries(plan.quotas)) {
      await client.query(
        `INSERT INTO "RegistrationQuota" ("activityId", "rcpId", seats) VALUES ($1, $2, $3)`,
        [id, ids[slug], seats],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return { id, hostIds: Object.fromEntries(HOSTS.map((slug) => [slug, ids[slug] ?? ""])) };
}

/**
 * `count` people registered on behalf of the hosts and the guest, in arrival order: the first
 * `seated` confirmed, the rest waitlisted, one in twenty withdrawn. Written in one statement, as a
 * list that long would be after weeks of registration.
 */
export async function seedParticipants(
  client: pg.Client,
  activityId: string,
  nominatorIds: string[],
  registeredById: string,
  count: number,
  seated: number,
) {
  await client.query(
    `INSERT INTO "Registration" (id, "activityId", status, name, email, organisation, "countryCode", locale,
                                 role, "nominatingRcpId", "registeredById", "updatedAt")
     SELECT $1 || '-' || n, $1, CASE WHEN n % 20 = 0 THEN 'WITHDRAWN' WHEN n <= $4 THEN 'CONFIRMED' ELSE 'WAITLISTED' END::"RegistrationStatus",
            'Delegate ' || n, 'delegate-' || n || '@bench.rcp-exchange.localhost', 'Ministry of the Interior', 'TH', 'en',
            'Focal point', ($2::text[])[1 + n % array_length($2::text[], 1)], $3, now()
     FROM generate_series(1, $5) AS n`,
    [activityId, nominatorIds, registeredById, seated, count],
  );
}

/** A tRPC query's URL (GET, superjson's envelope). */
export const queryUrl = (origin: string, procedure: string, input: unknown) =>
  `${origin}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/** The body of a tRPC mutation (POST, superjson's envelope). */
export const mutationBody = (input: unknown) => JSON.stringify({ json: input });

export const NO_ANSWERS = {
  role: null,
  participantCode: null,
  organisation: null,
  dietaryNeeds: null,
  accessNeeds: null,
  comment: null,
};
