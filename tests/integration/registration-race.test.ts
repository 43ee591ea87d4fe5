// Capacity and quotas under concurrency: fifty registrations at once, round after round, never
// overbook, seat people in arrival order and refuse a second registration of the same person;
// withdrawals at once promote each waiting person once. With the lock on the settings row
// (src/server/registration/locked.ts) removed, this test fails.
import { inject, afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "~/server/db-client";
import { createRegistration } from "~/server/registration/register";
import { freeSeatFor, takeSeat, type TSeatMap } from "~/server/registration/seats";
import { changeRegistration } from "~/server/registration/transitions";
import { createActivityRecord, createRcp, createUser } from "../support/factories";
import { noAnswers, openRegistration } from "../support/registration";

const ROUNDS = 20;
const CLIENTS = 50;
const CAPACITY = 10;
const QUOTA = 4;
const DAY = 24 * 60 * 60 * 1000;

// Connections enough for the requests to really overlap.
const db = createDbClient(inject("databaseUrl"), 12);
afterAll(() => db.$disconnect());

type TRow = {
  id: string;
  status: string;
  nominatingRcpId: string | null;
  quotaRcpId: string | null;
  arrival: bigint;
};

async function createRound(hosts: [string, string]) {
  const activity = await createActivityRecord({
    hostRcpIds: hosts,
    startDate: new Date(Date.now() + 30 * DAY),
  });
  await openRegistration(activity.id, {
    capacity: CAPACITY,
    quotas: hosts.map((rcpId) => ({ rcpId, seats: QUOTA })),
  });
  return activity.id;
}

/** What the seat rule gives, replayed in arrival order: the status each registration must have. */
function replay(rows: TRow[], hosts: string[]): Map<string, string> {
  const map: TSeatMap = {
    capacity: CAPACITY,
    quotas: new Map(hosts.map((id) => [id, QUOTA])),
    taken: new Map(),
  };
  const expected = new Map<string, string>();
  for (const row of [...rows].sort((a, b) => Number(a.arrival - b.arrival))) {
    const seat = freeSeatFor(map, row.nominatingRcpId);
    if (seat !== null) takeSeat(map, seat);
    expected.set(row.id, seat === null ? "WAITLISTED" : "CONFIRMED");
  }
  return expected;
}

const readRows = (activityId: string) =>
  db.registration.findMany({
    where: { activityId },
    select: { id: true, status: true, nominatingRcpId: true, quotaRcpId: true, arrival: true, email: true },
  });

function expectWithinSeats(rows: TRow[], hosts: string[]) {
  const seated = rows.filter((row) => row.status === "CONFIRMED" || row.status === "PENDING");
  expect(seated.length).toBeLessThanOrEqual(CAPACITY);
  for (const host of hosts) {
    expect(seated.filter((row) => row.quotaRcpId === host).length).toBeLessThanOrEqual(QUOTA);
  }
  expect(seated.filter((row) => row.quotaRcpId === null).length).toBeLessThanOrEqual(CAPACITY - 2 * QUOTA);
}

describe(`registration under concurrency (${ROUNDS} rounds × ${CLIENTS} at once)`, () => {
  it("seats exactly the capacity, in arrival order, the rest waitlisted, and no one twice", async () => {
    const [hostA, hostB, guest] = await Promise.all([createRcp(), createRcp(), createRcp()]);
    const hosts: [string, string] = [hostA.id, hostB.id];
    const registrar = await createUser({ staff: [{ rcpId: hostA.id, role: "EDITOR" }] });
    const nominators = [hostA.id, hostB.id, guest.id, null];
    for (let round = 0; round < ROUNDS; round++) {
      const activityId = await createRound(hosts);
      // Every tenth request repeats an earlier person (in another case): the database keeps one.
      const emails = Array.from({ length: CLIENTS }, (_, i) =>
        i % 10 === 9 ? `Person-${round}-${i - 5}@Race.example` : `person-${round}-${i}@race.example`,
      );
      const outcomes = await Promise.allSettled(
        emails.map((email, i) =>
          createRegistration(db, {
            activityId,
            person: {
              name: `Person ${i}`,
              email: email.toLowerCase(),
              countryCode: null,
              locale: "en",
              userId: null,
            },
            answers: noAnswers,
            nominatingRcpId: nominators[i % nominators.length] ?? null,
            registeredById: registrar.id,
            registrar: null,
            now: new Date(),
          }),
        ),
      );
      const refused = outcomes.filter((outcome) => outcome.status === "rejected");
      expect(refused.map((outcome) => outcome.reason as Error).map((e) => e.message)).toEqual(
        Array(CLIENTS / 10).fill("alreadyRegistered"),
      );
      const rows = await readRows(activityId);
      expect(rows).toHaveLength(CLIENTS - CLIENTS / 10);
      expect(new Set(rows.map((row) => row.email)).size).toBe(rows.length);
      expect(rows.filter((row) => row.status === "CONFIRMED")).toHaveLength(CAPACITY);
      expectWithinSeats(rows, hosts);
      const expected = replay(rows, hosts);
      expect(rows.filter((row) => expected.get(row.id) !== row.status)).toEqual([]);
    }
  }, 240_000);

  it("promotes each waiting person exactly once when several people withdraw at once", async () => {
    const [hostA, hostB, guest] = await Promise.all([createRcp(), createRcp(), createRcp()]);
    const hosts: [string, string] = [hostA.id, hostB.id];
    const registrar = await createUser({ staff: [{ rcpId: hostA.id, role: "EDITOR" }] });
    const nominators = [hostA.id, hostB.id, guest.id];
    for (let round = 0; round < ROUNDS / 4; round++) {
      const activityId = await createRound(hosts);
      for (let i = 0; i < 30; i++) {
        await createRegistration(db, {
          activityId,
          person: {
            name: `P${i}`,
            email: `w-${round}-${i}@race.example`,
            countryCode: null,
            locale: "en",
            userId: null,
          },
          answers: noAnswers,
          nominatingRcpId: nominators[i % nominators.length] ?? null,
          registeredById: registrar.id,
          registrar: null,
          now: new Date(),
        });
      }
      const confirmed = (await readRows(activityId)).filter((row) => row.status === "CONFIRMED");
      const leaving = confirmed.slice(0, 6);
      await Promise.all(
        leaving.map((row) =>
          changeRegistration(db, {
            registrationId: row.id,
            baseVersion: 1,
            action: "withdraw",
            actorId: null,
            byToken: true,
            now: new Date(),
          }),
        ),
      );
      const rows = await readRows(activityId);
      expectWithinSeats(rows, hosts);
      expect(rows.filter((row) => row.status === "CONFIRMED")).toHaveLength(CAPACITY);
      const promotions = await db.registrationEvent.groupBy({
        by: ["registrationId"],
        where: { registration: { activityId }, fromStatus: "WAITLISTED" },
        _count: { _all: true },
      });
      expect(promotions).toHaveLength(leaving.length);
      expect(promotions.every((p) => p._count._all === 1)).toBe(true);
      const promotedIds = new Set(promotions.map((p) => p.registrationId));
      const mails = await db.mailDelivery.count({
        where: {
          OR: [...promotedIds].map((id) => ({
            idempotencyKey: { startsWith: `registration:${id}:promoted` },
          })),
        },
      });
      expect(mails).toBe(leaving.length);
      // Nobody still waiting came before someone promoted to a seat they could have taken.
      const waiting = rows.filter((row) => row.status === "WAITLISTED");
      for (const promoted of rows.filter((row) => promotedIds.has(row.id))) {
        const couldHaveTaken = waiting.filter(
          (w) =>
            w.arrival < promoted.arrival &&
            (promoted.quotaRcpId === null || w.nominatingRcpId === promoted.quotaRcpId),
        );
        expect(couldHaveTaken).toEqual([]);
      }
    }
  }, 240_000);
});
