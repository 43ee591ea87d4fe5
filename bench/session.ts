import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { hashPassword } from "../src/server/auth/password";
import { createDbClient } from "../src/server/db-client";
import { BenchError } from "./cleanup";

/** The RCP whose secretariat pages the bench times as its editor. */
export const BENCH_RCP = "budapest-process";

/**
 * Creates, in the bench's throw-away database, an editor of BENCH_RCP with a password nobody else
 * knows, then signs in as a browser does (csrf token, credentials form) and returns the cookies.
 */
export function signedInCookie(origin: string, databaseUrl: string): Promise<string> {
  return signInAsStaff(origin, databaseUrl, { rcpSlug: BENCH_RCP, role: "EDITOR", name: "Bench editor" });
}

/** As signedInCookie, for a new member of `rcpSlug` with `role` named `name`. */
export async function signInAsStaff(
  origin: string,
  databaseUrl: string,
  staff: { rcpSlug: string; role: "EDITOR" | "VIEWER"; name: string },
): Promise<string> {
  const email = `bench-${randomBytes(4).toString("hex")}@bench.rcp-exchange.localhost`;
  const password = randomBytes(18).toString("base64url");
  const db = createDbClient(databaseUrl, 1);
  try {
    const rcp = await db.rcp.findUnique({ where: { slug: staff.rcpSlug }, select: { id: true } });
    if (!rcp) throw new BenchError(`The bench database has no RCP ${staff.rcpSlug}: was it seeded?`);
    await db.user.create({
      data: {
        email,
        name: staff.name,
        passwordHash: await hashPassword(password),
        rcpRoles: { create: { rcpId: rcp.id, role: staff.role } },
      },
    });
  } finally {
    await db.$disconnect();
  }

  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf),
      origin,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const cookie = cookiesOf(response);
  if (!cookie.includes("session-token")) {
    throw new BenchError(`Signing in as ${staff.name} failed (${response.status}).`);
  }
  return cookie;
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

/** The URL of the bench's throw-away database, from the password its start-up script wrote. */
export async function benchDatabaseUrl(dataDir: string, port: number): Promise<string> {
  const password = (await readFile(`${dataDir}.password`, "utf8")).trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/rcp_exchange`;
}
