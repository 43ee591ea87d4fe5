// Direct access to the end-to-end server's database, to arrange accounts a test signs in with.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { hashPassword } from "../../src/server/auth/password";
import { createDbClient, type TDb } from "../../src/server/db-client";

let client: TDb | undefined;

export function e2eDb(): TDb {
  if (!client) {
    const password = readFileSync(".data/e2e-postgres.password", "utf8").trim();
    const port = process.env.E2E_DB_PORT ?? "5436";
    client = createDbClient(
      `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/rcp_exchange`,
      2,
    );
  }
  return client;
}

export type TAccount = { id: string; email: string; password: string; name: string };

/** A user with a known password (and optional roles), unique per call. */
export async function createAccount(
  options: {
    platformRole?: "USER" | "ADMIN";
    rcpSlug?: string;
    rcpRole?: "EDITOR" | "VIEWER";
    password?: string;
    name?: string;
  } = {},
): Promise<TAccount> {
  const id = randomUUID().slice(0, 8);
  const email = `e2e-${id}@example.org`;
  const password = options.password ?? `correct horse ${id} battery`;
  const name = options.name ?? `E2E user ${id}`;
  const rcp = options.rcpSlug
    ? await e2eDb().rcp.findUniqueOrThrow({ where: { slug: options.rcpSlug }, select: { id: true } })
    : null;
  const user = await e2eDb().user.create({
    data: {
      email,
      name,
      platformRole: options.platformRole ?? "USER",
      passwordHash: await hashPassword(password),
      rcpRoles: rcp ? { create: [{ rcpId: rcp.id, role: options.rcpRole ?? "EDITOR" }] } : undefined,
    },
    select: { id: true },
  });
  return { id: user.id, email, password, name };
}
