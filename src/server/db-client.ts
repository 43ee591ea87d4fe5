import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { withSerialTransactions } from "./serial-transactions";

export type TDb = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

type TDbClientOptions = {
  maxConnections?: number;
  /** Bounds on one statement and on its wait for a lock (the app's requests; not bulk scripts). */
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
  /** Called when a pooled connection fails or is cut by the server (e.g. it shut down). */
  onConnectionLost?: (error: Error) => void;
};

// A connection attempt to a server that does not answer fails after this instead of hanging.
const CONNECT_TIMEOUT_MS = 2000;
// Idle connections are closed, so that after an outage the pool holds no dead ones for long.
const IDLE_TIMEOUT_MS = 10_000;

/** A Prisma client on the pg driver. The app uses the singleton in db.ts; scripts and tests call this. */
export function createDbClient(connectionString: string, options: number | TDbClientOptions = {}): TDb {
  const { maxConnections = 10, ...rest } =
    typeof options === "number" ? { maxConnections: options } : options;
  const adapter = new PrismaPg(
    {
      connectionString,
      max: maxConnections,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: IDLE_TIMEOUT_MS,
      // Notices a server that vanished from the network, not only one that closed its sockets.
      keepAlive: true,
      ...(rest.statementTimeoutMs ? { statement_timeout: rest.statementTimeoutMs } : {}),
      ...(rest.lockTimeoutMs ? { lock_timeout: rest.lockTimeoutMs } : {}),
    },
    rest.onConnectionLost
      ? { onPoolError: rest.onConnectionLost, onConnectionError: rest.onConnectionLost }
      : undefined,
  );
  return new PrismaClient({ adapter: withSerialTransactions(adapter) });
}
