import { randomBytes } from "node:crypto";
import { hashPassword } from "../../src/server/auth/password";
import type { TDb } from "../../src/server/db-client";

/** No real person has an address here: the accounts are recognisable as demo ones wherever they appear. */
export const DEMO_EMAIL_DOMAIN = "demo.rcp-exchange.localhost";
/** Real RCPs of the reference data, from four regions, whose secretariats the demo shows. */
export const DEMO_RCP_SLUGS = ["budapest-process", "bali-process", "colombo-process", "puebla-process"];
const DEMO_ROLES = ["EDITOR", "VIEWER"] as const;

export type TDemoAccount = {
  email: string;
  role: (typeof DEMO_ROLES)[number];
  rcp: string;
  password: string;
  isNew: boolean;
};

export const demoEmail = (role: TDemoAccount["role"], rcpSlug: string) =>
  `${role.toLowerCase()}.${rcpSlug}@${DEMO_EMAIL_DOMAIN}`;

/**
 * One secretariat editor and one viewer for each of `rcpSlugs`, with new generated passwords. Run
 * again, it finds the same accounts by address: their passwords are replaced (ending their open
 * sessions), a disabled one is enabled, and each has its demo role in its RCP again. Nothing else
 * about them changes. The passwords are returned once, to be shown, and stored only as hashes.
 */
export async function seedDemoAccounts(
  db: TDb,
  rcpSlugs: readonly string[] = DEMO_RCP_SLUGS,
): Promise<{ accounts: TDemoAccount[]; missingRcps: string[] }> {
  const rcps = await db.rcp.findMany({
    where: { slug: { in: [...rcpSlugs] } },
    select: { id: true, slug: true, shortName: true },
  });
  const bySlug = new Map(rcps.map((rcp) => [rcp.slug, rcp]));
  const missingRcps = rcpSlugs.filter((slug) => !bySlug.has(slug));
  const planned = rcpSlugs.flatMap((slug) => {
    const rcp = bySlug.get(slug);
    return rcp ? DEMO_ROLES.map((role) => ({ rcp, role, email: demoEmail(role, slug) })) : [];
  });
  // Hashing takes a while: done before the transaction so it holds no locks meanwhile.
  const withPasswords = await Promise.all(
    planned.map(async (account) => {
      const password = randomBytes(15).toString("base64url");
      return { ...account, password, passwordHash: await hashPassword(password) };
    }),
  );

  const accounts = await db.$transaction(async (tx) => {
    const existing = new Set(
      (
        await tx.user.findMany({
          where: { email: { in: withPasswords.map((account) => account.email) } },
          select: { email: true },
        })
      ).map((user) => user.email),
    );
    const result: TDemoAccount[] = [];
    for (const { rcp, role, email, password, passwordHash } of withPasswords) {
      const user = await tx.user.upsert({
        where: { email },
        create: {
          email,
          name: `Demo ${role === "EDITOR" ? "editor" : "viewer"}, ${rcp.shortName}`,
          passwordHash,
          locale: "en",
        },
        update: { passwordHash, disabledAt: null, sessionVersion: { increment: 1 } },
        select: { id: true },
      });
      await tx.rcpStaff.upsert({
        where: { userId_rcpId: { userId: user.id, rcpId: rcp.id } },
        create: { userId: user.id, rcpId: rcp.id, role },
        update: { role },
      });
      result.push({ email, role, rcp: rcp.shortName, password, isNew: !existing.has(email) });
    }
    return result;
  });
  return { accounts, missingRcps };
}

/** The accounts as a table for the console: email, role, RCP and password, one account a line. */
export function formatDemoAccounts(accounts: readonly TDemoAccount[]): string {
  const rows = [
    ["email", "role", "RCP", "password"],
    ...accounts.map((account) => [account.email, account.role.toLowerCase(), account.rcp, account.password]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
