// Accounts for end-to-end journeys, written straight into the e2e server's embedded database:
// the first administrator's password is printed by the server only, so tests bring their own.
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../src/server/auth/password";

function databaseUrl(): string {
  const password = readFileSync(path.resolve(".data/e2e-postgres.password"), "utf8").trim();
  const port = process.env.E2E_DB_PORT ?? "5436";
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/rcp_exchange`;
}

export type TTestAccount = { email: string; password: string; name: string };

/** A fresh account with a known password; an administrator unless told otherwise. */
export async function createAccount(
  options: { isAdmin?: boolean; name?: string } = {},
): Promise<TTestAccount> {
  const id = randomUUID().slice(0, 8);
  const account = {
    email: `e2e-${id}@example.org`,
    password: `e2e ${randomBytes(12).toString("base64url")}`,
    name: options.name ?? `E2E ${options.isAdmin === false ? "user" : "admin"} ${id}`,
  };
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, name, "platformRole", "passwordHash", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, now())`,
      [
        `e2e-${id}`,
        account.email,
        account.name,
        options.isAdmin === false ? "USER" : "ADMIN",
        await hashPassword(account.password),
      ],
    );
  } finally {
    await client.end();
  }
  return account;
}
