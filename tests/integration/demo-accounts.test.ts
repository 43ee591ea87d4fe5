// `npm run db:seed-demo` on the test database, which holds the real reference data: the accounts it
// prints sign in with the passwords it prints, and running it again replaces them without
// creating anything new.
import { spawnSync } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import {
  DEMO_EMAIL_DOMAIN,
  DEMO_RCP_SLUGS,
  demoEmail,
  formatDemoAccounts,
  seedDemoAccounts,
  type TDemoAccount,
} from "../../scripts/lib/demo-accounts";
import { authorizeCredentials } from "~/server/auth/credentials";
import { verifyPassword } from "~/server/auth/password";
import { testDb } from "../support/db";
import { roomyAuthLimits } from "../support/factories";

const demoUsers = () =>
  testDb().user.findMany({
    where: { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } },
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      passwordHash: true,
      platformRole: true,
      sessionVersion: true,
      disabledAt: true,
      rcpRoles: { select: { role: true, rcp: { select: { slug: true, shortName: true } } } },
    },
  });

async function passwordsWork(accounts: TDemoAccount[]) {
  const users = new Map((await demoUsers()).map((user) => [user.email, user]));
  return Promise.all(
    accounts.map((account) => verifyPassword(users.get(account.email)!.passwordHash!, account.password)),
  );
}

/** The table rows of the command's output: email, role, RCP and password. */
function printedAccounts(output: string) {
  return output
    .split("\n")
    .filter((line) => line.includes(`@${DEMO_EMAIL_DOMAIN}`))
    .map((line) => {
      const [email, role, ...rest] = line.trim().split(/\s{2,}/);
      return { email, role, rcp: rest[0], password: rest[1] };
    });
}

describe("demo secretariat accounts", () => {
  it("creates an editor and a viewer per demo RCP, then only replaces their passwords", async () => {
    const first = await seedDemoAccounts(testDb());
    expect(first.missingRcps).toEqual([]);
    expect(first.accounts.map((account) => [account.email, account.role, account.rcp])).toEqual([
      ["editor.budapest-process@demo.rcp-exchange.localhost", "EDITOR", "Budapest Process"],
      ["viewer.budapest-process@demo.rcp-exchange.localhost", "VIEWER", "Budapest Process"],
      ["editor.bali-process@demo.rcp-exchange.localhost", "EDITOR", "Bali Process"],
      ["viewer.bali-process@demo.rcp-exchange.localhost", "VIEWER", "Bali Process"],
      ["editor.colombo-process@demo.rcp-exchange.localhost", "EDITOR", "Colombo Process"],
      ["viewer.colombo-process@demo.rcp-exchange.localhost", "VIEWER", "Colombo Process"],
      ["editor.puebla-process@demo.rcp-exchange.localhost", "EDITOR", "Puebla Process"],
      ["viewer.puebla-process@demo.rcp-exchange.localhost", "VIEWER", "Puebla Process"],
    ]);
    expect(first.accounts.every((account) => account.isNew)).toBe(true);
    // Generated, so all different and none written anywhere in the code.
    expect(new Set(first.accounts.map((account) => account.password)).size).toBe(8);
    expect(first.accounts.every((account) => account.password.length >= 20)).toBe(true);

    const users = await demoUsers();
    expect(users).toHaveLength(8);
    for (const user of users) {
      const [role, slug] = user.email.replace(`@${DEMO_EMAIL_DOMAIN}`, "").split(/\.(.*)/);
      expect(user.platformRole).toBe("USER");
      expect(user.rcpRoles.map((staff) => [staff.role, staff.rcp.slug])).toEqual([
        [role!.toUpperCase(), slug],
      ]);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    }
    expect(await passwordsWork(first.accounts)).toEqual(Array(8).fill(true));
    // The whole sign-in accepts them, as someone reading the table would type them.
    const editor = first.accounts[2]!;
    await expect(
      authorizeCredentials(
        { db: testDb(), limits: roomyAuthLimits() },
        { email: editor.email, password: editor.password },
        "203.0.113.20",
      ),
    ).resolves.toMatchObject({ email: editor.email });

    // An administrator changed a role and disabled an account in the meantime.
    const viewer = users.find((user) => user.email === demoEmail("VIEWER", "bali-process"))!;
    await testDb().rcpStaff.updateMany({ where: { userId: viewer.id }, data: { role: "EDITOR" } });
    await testDb().user.update({ where: { id: viewer.id }, data: { disabledAt: new Date() } });

    const second = await seedDemoAccounts(testDb());
    expect(second.accounts.map((account) => account.email)).toEqual(
      first.accounts.map((account) => account.email),
    );
    expect(second.accounts.some((account) => account.isNew)).toBe(false);
    const again = await demoUsers();
    expect(again).toHaveLength(8);
    expect(again.map((user) => user.id)).toEqual(users.map((user) => user.id));
    expect(again.map((user) => user.rcpRoles)).toEqual(
      users.map((user) =>
        user.id === viewer.id ? [{ ...user.rcpRoles[0], role: "VIEWER" }] : user.rcpRoles,
      ),
    );
    expect(again.every((user) => user.disabledAt === null)).toBe(true);
    // New passwords work, the old ones no longer do, and sessions opened with them have ended.
    expect(await passwordsWork(second.accounts)).toEqual(Array(8).fill(true));
    expect(await passwordsWork(first.accounts)).toEqual(Array(8).fill(false));
    expect(again.map((user) => user.sessionVersion)).toEqual(users.map((user) => user.sessionVersion + 1));
  });

  it("is printed as a table of email, role, RCP and password", () => {
    const table = formatDemoAccounts([
      { email: "editor.x@demo.test", role: "EDITOR", rcp: "X Process", password: "secret-one", isNew: true },
      {
        email: "viewer.longer-name@demo.test",
        role: "VIEWER",
        rcp: "Y",
        password: "secret-two",
        isNew: false,
      },
    ]);
    expect(table.split("\n")).toEqual([
      "email                         role    RCP        password",
      "editor.x@demo.test            editor  X Process  secret-one",
      "viewer.longer-name@demo.test  viewer  Y          secret-two",
    ]);
  });

  it("reports the RCPs it could not find", async () => {
    const result = await seedDemoAccounts(testDb(), ["no-such-process"]);
    expect(result).toEqual({ accounts: [], missingRcps: ["no-such-process"] });
  });

  it("runs as `npm run db:seed-demo` on DATABASE_URL, printing each password once", async () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/run-with-db.ts", "seed-demo"], {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NODE_ENV: "production",
        DATABASE_URL: inject("databaseUrl"),
      },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const printed = printedAccounts(result.stdout);
    expect(printed.map((account) => account.email)).toEqual(
      DEMO_RCP_SLUGS.flatMap((slug) => [demoEmail("EDITOR", slug), demoEmail("VIEWER", slug)]),
    );
    expect(printed.map((account) => account.role)).toEqual(Array(4).fill(["editor", "viewer"]).flat());
    for (const account of printed) {
      expect(result.stdout.split(account.password!)).toHaveLength(2);
    }
    const users = new Map((await demoUsers()).map((user) => [user.email, user]));
    for (const account of printed) {
      expect(await verifyPassword(users.get(account.email!)!.passwordHash!, account.password!)).toBe(true);
    }
    expect(users.size).toBe(8);
  }, 150_000);
});
