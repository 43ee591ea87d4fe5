import { randomBytes } from "node:crypto";
import { hashPassword } from "../../src/server/auth/password";
import { createDbClient } from "../../src/server/db-client";

export const FIRST_ADMIN_EMAIL = "admin@rcp-exchange.localhost";

/**
 * A fresh install has no account with a known password: the first start creates the platform
 * administrator with a generated password and shows it once, on this console only.
 */
export async function ensureFirstAdmin(
  databaseUrl: string,
): Promise<{ email: string; password: string } | null> {
  const db = createDbClient(databaseUrl, 1);
  try {
    if ((await db.user.count({ where: { platformRole: "ADMIN" } })) > 0) return null;
    const password = randomBytes(15).toString("base64url");
    await db.user.upsert({
      where: { email: FIRST_ADMIN_EMAIL },
      create: {
        email: FIRST_ADMIN_EMAIL,
        name: "Platform administrator",
        platformRole: "ADMIN",
        passwordHash: await hashPassword(password),
      },
      update: { platformRole: "ADMIN", passwordHash: await hashPassword(password), disabledAt: null },
    });
    return { email: FIRST_ADMIN_EMAIL, password };
  } finally {
    await db.$disconnect();
  }
}
