import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { StartupError } from "./startup-error";

export type TDatabase = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

type TDatabaseOptions = {
  databaseUrl?: string;
  dataDir: string;
  port: number;
  isEphemeral: boolean;
};

/** DATABASE_URL when set (nothing started), otherwise the embedded server. */
export async function openDatabase(options: TDatabaseOptions): Promise<TDatabase> {
  if (options.databaseUrl) {
    await ensureReachable(options.databaseUrl);
    return { url: options.databaseUrl, isEmbedded: false, stop: async () => {} };
  }
  const started = Date.now();
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(options.dataDir),
    port: options.port,
    database: "rcp_exchange",
    isEphemeral: options.isEphemeral,
  });
  console.log(`Embedded PostgreSQL ready on port ${options.port} (${Date.now() - started} ms).`);
  return { url: server.url, isEmbedded: true, stop: server.stop };
}

async function ensureReachable(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const host = safeHost(databaseUrl);
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`DATABASE_URL (${host}) is unreachable: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

function safeHost(databaseUrl: string) {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "unparseable URL";
  }
}
