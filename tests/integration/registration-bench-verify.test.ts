// The registration bench's own check must be able to fail: it replays the seat rule in arrival
// order, so it has to read the rows in that order, also where arrival numbers gain a digit.
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { verifySeats } from "../../bench/registration/verify";
import { testDb } from "../support/db";
import { createActivityRecord, createRcp } from "../support/factories";
import { openRegistration } from "../support/registration";

const client = new pg.Client({ connectionString: inject("databaseUrl") });
const connected = client.connect();
afterAll(() => client.end());

// Far above the sequence's values, so no other test's rows share them; a power of ten minus one
// and the power itself, "99…9" and "100…0", sort the other way round as text.
const TEN = (digits: bigint) => 10n ** digits;

async function lineOf(statuses: { arrival: bigint; status: "CONFIRMED" | "WAITLISTED" }[]) {
  const host = await createRcp();
  const activity = await createActivityRecord({ hostRcpIds: [host.id] });
  await openRegistration(activity.id, { capacity: 1 });
  for (const [index, row] of statuses.entries()) {
    await testDb().registration.create({
      data: {
        id: `${activity.id}-${index}`,
        activityId: activity.id,
        status: row.status,
        name: `Person ${index}`,
        email: `person-${index}-${activity.id}@example.org`,
        arrival: row.arrival,
        registeredById: null,
      },
      select: { id: true },
    });
  }
  await connected;
  return verifySeats(client, activity.id, { capacity: 1, quotas: {} }, {});
}

describe("the registration bench's seat check", () => {
  it("reads the line in numeric arrival order: the first came first, even with a digit fewer", async () => {
    const verdict = await lineOf([
      { arrival: TEN(13n) - 1n, status: "CONFIRMED" },
      { arrival: TEN(13n), status: "WAITLISTED" },
    ]);
    expect(verdict.problems).toEqual([]);
    expect(verdict.seated).toBe(1);
  });

  it("reports a later person seated before an earlier one, and an overbooking", async () => {
    const jumped = await lineOf([
      { arrival: TEN(14n) - 1n, status: "WAITLISTED" },
      { arrival: TEN(14n), status: "CONFIRMED" },
    ]);
    expect(jumped.outOfOrder).toBe(2);
    const overbooked = await lineOf([
      { arrival: TEN(15n) - 1n, status: "CONFIRMED" },
      { arrival: TEN(15n), status: "CONFIRMED" },
    ]);
    expect(overbooked.problems).toContain("overbooked: 2 seated of 1");
  });
});
