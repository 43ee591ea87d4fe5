// Accounts written straight into the end-to-end database: the journeys start from a person who
// already has an account, as invitations are not part of what they test.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../src/server/auth/password";

export type TAccount = { id: string; email: string; name: string; password: string };

type TAccountOptions = {
  platformRole?: "USER" | "ADMIN";
  staff?: { rcpSlug: string; role: "EDITOR" | "VIEWER" }[];
};

function databaseUrl() {
  // The web server of playwright.config.ts starts this database; its password is written on start.
  const password = readFileSync(path.resolve(".data/e2e-postgres.password"), "utf8").trim();
  const port = process.env.E2E_DB_PORT ?? "5436";
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/rcp_exchange`;
}

export async function createAccount(options: TAccountOptions = {}): Promise<TAccount> {
  const suffix = randomBytes(5).toString("hex");
  const account = {
    id: `ce2e${suffix}`,
    email: `person-${suffix}@example.org`,
    name: `Person ${suffix}`,
    password: `pw-${randomBytes(9).toString("base64url")}`,
  };
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "platformRole", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, now())`,
      [
        account.id,
        account.email,
        account.name,
        await hashPassword(account.password),
        options.platformRole ?? "USER",
      ],
    );
    for (const staff of options.staff ?? []) {
      await client.query(
        `INSERT INTO "RcpStaff" ("userId", "rcpId", role) SELECT $1, id, $3 FROM "Rcp" WHERE slug = $2`,
        [account.id, staff.rcpSlug, staff.role],
      );
    }
  } finally {
    await client.end();
  }
  return account;
}
