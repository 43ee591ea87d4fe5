// Whether the database can be reached, as the app last saw it: while it cannot, requests are
// answered 503 at once instead of each waiting for a connection that will not come.
//
// The state lives on globalThis because the proxy (src/proxy.ts) and the route and page code are
// separate bundles in one server process: both must see the same answer.

type TAvailability = {
  isDown: boolean;
  /** No new probe before this time (ms since epoch): during an outage, one probe at a time. */
  probeAfter: number;
  probing: Promise<boolean> | null;
  probe: (() => Promise<boolean>) | null;
};

const KEY = Symbol.for("rcp-exchange.database-availability");
export const PROBE_INTERVAL_MS = 500;

function shared(): TAvailability {
  const holder = globalThis as { [KEY]?: TAvailability };
  return (holder[KEY] ??= { isDown: false, probeAfter: 0, probing: null, probe: null });
}

/** How to ask the database whether it answers (the server's own client, a bounded `SELECT 1`). */
export function registerDatabaseProbe(probe: () => Promise<boolean>): void {
  shared().probe = probe;
}

/** A connection failed or was cut: requests are refused until a probe reaches the database again. */
export function reportDatabaseUnreachable(): void {
  shared().isDown = true;
}

/**
 * True unless the database was seen unreachable. Then a request probes it (one at a time, at most
 * every PROBE_INTERVAL_MS), so the app recovers on its own as soon as it answers; the others are
 * told at once that it is still down.
 */
export async function isDatabaseAvailable(now = Date.now()): Promise<boolean> {
  const state = shared();
  if (!state.isDown) return true;
  if (!state.probe || state.probing || now < state.probeAfter) return false;
  state.probeAfter = now + PROBE_INTERVAL_MS;
  const probing = state.probe().then(
    (isUp) => {
      if (isUp) state.isDown = false;
      return isUp;
    },
    () => false,
  );
  state.probing = probing;
  try {
    return await probing;
  } finally {
    state.probing = null;
  }
}

// What node-postgres and Prisma's pg adapter report when the server cannot be reached or cut the
// connection: refused, reset or timed-out sockets, PostgreSQL's connection exception class (08)
// and its shutdown and start-up refusals (57P01–57P03), Prisma's connection codes.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EPIPE"]);
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const SQL_STATES = /^(08...|57P0[123])$/;
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Connection ended unexpectedly|terminating connection due to administrator command/i;

/** Whether an error says the database is out of reach (as opposed to a query it refused). */
export function isDatabaseUnreachableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const fields = current as {
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (typeof fields.code === "string") {
      if (SOCKET_CODES.has(fields.code) || PRISMA_CODES.has(fields.code) || SQL_STATES.test(fields.code)) {
        return true;
      }
    }
    if (typeof fields.originalCode === "string" && SQL_STATES.test(fields.originalCode)) return true;
    if (typeof fields.kind === "string" && ADAPTER_KINDS.has(fields.kind)) return true;
    if (typeof fields.message === "string" && MESSAGES.test(fields.message)) return true;
    // Prisma wraps the driver's error in its own (a generic code, the driver's in meta).
    pending.push(fields.cause, fields.meta?.driverAdapterError);
  }
  return false;
}
