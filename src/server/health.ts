import "server-only";
import { isDatabaseAvailable, reportDatabaseUnreachable } from "./database-availability";
import { db } from "./db";

const TIMEOUT_MS = 2000;

/** Readiness: whether this instance can serve requests, i.e. reach its database now. */
export async function checkDatabase(): Promise<boolean> {
  // While the database is known to be down, the shared probe answers (at most every 500 ms)
  // instead of every load balancer check waiting for its own connection.
  if (!(await isDatabaseAvailable())) return false;
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS));
  const query = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const isUp = await Promise.race([query, timeout]);
  if (!isUp) reportDatabaseUnreachable();
  return isUp;
}
