import "server-only";
import pg from "pg";
import { env } from "~/env";
import { createAuthLimits, type TAuthLimits } from "./rate-limit";

const globalForLimits = globalThis as unknown as { authLimits?: TAuthLimits };

/** The app's sign-in and reset limits, on a small pool of their own. One per process. */
export function appAuthLimits(): TAuthLimits {
  globalForLimits.authLimits ??= createAuthLimits(
    new pg.Pool({ connectionString: env.DATABASE_URL, max: 3 }),
  );
  return globalForLimits.authLimits;
}
