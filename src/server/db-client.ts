import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { withSerialTransactions } from "./serial-transactions";

export type TDb = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

/** A Prisma client on the pg driver. The app uses the singleton in db.ts; scripts and tests call this. */
export function createDbClient(connectionString: string, maxConnections = 10): TDb {
  const adapter = withSerialTransactions(new PrismaPg({ connectionString, max: maxConnections }));
  return new PrismaClient({ adapter });
}
