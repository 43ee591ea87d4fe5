import { z } from "zod";
import type { TDb } from "~/server/db-client";
import { hashPassword, verifyPassword } from "./password";
import { passwordLength, PASSWORD_MAX_LENGTH } from "~/domain/auth/password-rules";
import type { TAuthLimits } from "./rate-limit";

const ZCredentials = z.object({
  email: z.email().max(254).toLowerCase(),
  // The policy's own measure, so every password it accepted can be used to sign in.
  password: z
    .string()
    .min(1)
    .refine((password) => passwordLength(password) <= PASSWORD_MAX_LENGTH),
});

export type TSignedInUser = { id: string; email: string; name: string | null; sessionVersion: number };

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const unknownUserHash = hashPassword("unknown-user-placeholder-for-equal-timing");

/**
 * Email and password sign-in. Every refusal looks the same (null): wrong password, unknown or
 * disabled account, or too many failures for the account or the client's address.
 */
export async function authorizeCredentials(
  deps: { db: TDb; limits: TAuthLimits },
  raw: unknown,
  ip: string,
): Promise<TSignedInUser | null> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const attempt = { email: parsed.data.email, ip };
  if (await deps.limits.isSignInBlocked(attempt)) return null;
  const user = await deps.db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await unknownUserHash), parsed.data.password);
  if (!user || !isValid || user.disabledAt) {
    await deps.limits.recordSignInFailure(attempt);
    return null;
  }
  await deps.limits.recordSignInSuccess(attempt);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
