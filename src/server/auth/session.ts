import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "~/env";
import { db } from "~/server/db";
import { authOptions } from "./options";
import { findCurrentUser } from "./current-user";

export type TSessionUser = {
  id: string;
  email: string;
  name: string | null;
  platformRole: "USER" | "ADMIN";
};

/**
 * The signed-in user, re-read from the database on every call: a token of a disabled user or of
 * an older session version (signed out elsewhere, password or role changed) counts as signed out.
 */
export async function getSessionUser(): Promise<TSessionUser | null> {
  const cookieStore = await cookies();
  const token = await getToken({
    // getToken only reads the cookies of the request it is given.
    req: {
      cookies: Object.fromEntries(cookieStore.getAll().map((c) => [c.name, c.value])),
      headers: {},
    } as never,
    secret: authOptions.secret,
  });
  const user = token ? await findCurrentUser(db, token, env.SESSION_MAX_HOURS) : null;
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, platformRole: user.platformRole };
}
