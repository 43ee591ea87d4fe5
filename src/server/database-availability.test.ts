import { afterEach, describe, expect, it } from "vitest";
import {
  isDatabaseAvailable,
  isDatabaseUnreachableError,
  PROBE_INTERVAL_MS,
  registerDatabaseProbe,
  reportDatabaseUnreachable,
} from "./database-availability";

// The state is process-wide: each test leaves it up.
afterEach(async () => {
  registerDatabaseProbe(() => Promise.resolve(true));
  await isDatabaseAvailable(Date.now() + 60_000);
});

describe("what the app knows of its database", () => {
  it("answers at once while nothing failed, without asking the database", async () => {
    let probes = 0;
    registerDatabaseProbe(() => Promise.resolve(++probes > 0));
    expect(await isDatabaseAvailable()).toBe(true);
    expect(probes).toBe(0);
  });

  it("after a failure, probes once per interval and refuses the others at once", async () => {
    let probes = 0;
    let isUp = false;
    registerDatabaseProbe(() => Promise.resolve((probes++, isUp)));
    reportDatabaseUnreachable();
    const start = Date.now();
    expect(await isDatabaseAvailable(start)).toBe(false);
    expect(await isDatabaseAvailable(start + 1)).toBe(false);
    expect(probes).toBe(1);

    isUp = true;
    expect(await isDatabaseAvailable(start + PROBE_INTERVAL_MS - 1)).toBe(false);
    expect(await isDatabaseAvailable(start + PROBE_INTERVAL_MS)).toBe(true);
    expect(probes).toBe(2);
    // Back up: no more probes.
    expect(await isDatabaseAvailable(start + 10 * PROBE_INTERVAL_MS)).toBe(true);
    expect(probes).toBe(2);
  });

  it("does not wait for a probe another request started", async () => {
    let release: (isUp: boolean) => void = () => {};
    registerDatabaseProbe(() => new Promise<boolean>((resolve) => (release = resolve)));
    reportDatabaseUnreachable();
    const now = Date.now() + 5_000;
    const first = isDatabaseAvailable(now);
    expect(await isDatabaseAvailable(now + PROBE_INTERVAL_MS * 4)).toBe(false);
    release(true);
    expect(await first).toBe(true);
  });

  it("counts a probe that throws as down", async () => {
    registerDatabaseProbe(() => Promise.reject(new Error("boom")));
    reportDatabaseUnreachable();
    expect(await isDatabaseAvailable(Date.now() + 20_000)).toBe(false);
  });
});

describe("which errors mean the database is out of reach", () => {
  const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

  it.each([
    ["a refused connection", withCode("ECONNREFUSED")],
    ["a reset connection", withCode("ECONNRESET")],
    ["Prisma's unreachable server", withCode("P1001")],
    ["Prisma's closed connection", withCode("P1017")],
    ["an administrator's shutdown", withCode("57P01")],
    ["a server starting up", withCode("57P03")],
    ["a connection exception", withCode("08006")],
    ["a pool that could not connect in time", new Error("timeout exceeded when trying to connect")],
    ["a connection cut mid-query", new Error("Connection terminated unexpectedly")],
    ["the adapter's error, in a cause", new Error("wrapped", { cause: { kind: "DatabaseNotReachable" } })],
    ["the server's state, in a cause", new Error("wrapped", { cause: { originalCode: "57P01" } })],
    [
      "Prisma's query error wrapping the driver's shutdown error",
      Object.assign(new Error("Invalid `prisma.theme.findMany()` invocation"), {
        code: "P2039",
        meta: {
          modelName: "Theme",
          driverAdapterError: new Error("x", { cause: { kind: "postgres", originalCode: "57P01" } }),
        },
      }),
    ],
  ])("%s", (_, error) => {
    expect(isDatabaseUnreachableError(error)).toBe(true);
  });

  it.each([
    ["a unique violation", withCode("P2002")],
    ["a syntax error", withCode("42601")],
    ["a lock timeout", withCode("55P03")],
    ["a plain error", new Error("boom")],
    ["nothing", undefined],
    ["a string", "ECONNREFUSED"],
  ])("not %s", (_, error) => {
    expect(isDatabaseUnreachableError(error)).toBe(false);
  });

  it("stops on an error that is its own cause", () => {
    const error = new Error("loop") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnreachableError(error)).toBe(false);
  });
});
