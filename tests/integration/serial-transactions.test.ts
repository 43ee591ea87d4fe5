import pg from "pg";
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { createRcp } from "../support/factories";

type TQuery = (this: pg.Client, ...args: unknown[]) => unknown;

/** The most queries one pg connection had in flight at once while `work` ran. */
async function mostQueriesInFlightOnOneConnection(work: () => Promise<unknown>) {
  const inFlight = new WeakMap<pg.Client, number>();
  let most = 0;
  const query = Reflect.get(pg.Client.prototype, "query") as TQuery;
  const counted: TQuery = function (...args) {
    inFlight.set(this, (inFlight.get(this) ?? 0) + 1);
    most = Math.max(most, inFlight.get(this) ?? 0);
    const result = query.apply(this, args);
    const settled = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
    if (result instanceof Promise) void result.then(settled, settled);
    else settled();
    return result;
  };
  Reflect.set(pg.Client.prototype, "query", counted);
  try {
    await work();
  } finally {
    Reflect.set(pg.Client.prototype, "query", query);
  }
  return most;
}

describe("transactions", () => {
  it("send one statement at a time on their connection, even for a read with several relations", async () => {
    const rcp = await createRcp();
    const most = await mostQueriesInFlightOnOneConnection(() =>
      testDb().$transaction(async (tx) => {
        const read = await tx.rcp.findUnique({
          where: { id: rcp.id },
          include: {
            priorities: true,
            memberships: true,
            secretariatHosts: true,
            themes: true,
            chairTerms: true,
          },
        });
        expect(read?.id).toBe(rcp.id);
        await tx.rcp.update({ where: { id: rcp.id }, data: { shortName: `${read?.shortName} (read)` } });
      }),
    );
    expect(most).toBe(1);
  });
});
