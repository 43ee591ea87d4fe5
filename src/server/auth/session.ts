import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { env } from "~/env";
import { db } from "~/server/db";
import { accessOf, ACCESS_SELECT, type TAccess } from "~/server/user/access";
import { authOptions } from "./options";
import { isSessionCurrent } from "./session-rules";
import { decodeSessionToken } from "./token-decode";

export type TSessionUser = {
  id: string;
  email: string;
  name: string | null;
  platformRole: "USER" | "ADMIN";
};

export type TSession = { user: TSessionUser; access: TAccess };

/**
 * The signed-in user and what they may do, re-read from the database on every request: a token of
 * a disabled user or of an older session version (signed out elsewhere, password or role changed)
 * counts as signed out. One query answers both, and a page that asks several times (layout,
 * metadata, page, procedures) reads it once per request.
 */
export const getSession = cache(async (): Promise<TSession | null> => {
  const cookieStore = await cookies();
  const token = await getToken({
    // getToken only reads the cookies of the request it is given.
    req: {
      cookies: Object.fromEntries(cookieStore.getAll().map((c) => [c.name, c.value])),
      headers: {},
    } as never,
    secret: authOptions.secret,
    decode: decodeSessionToken,
  });
  if (!token?.sub) return null;
  const user = await db.user.findUnique({
    where: { id: token.sub },
    select: { id: true, email: true, name: true, sessionVersion: true, ...ACCESS_SELECT },
  });
  if (!user || !isSessionCurrent(token, user, Date.now(), env.SESSION_MAX_HOURS)) return null;
  const access = accessOf(user.id, user);
  if (!access) return null;
  return {
    user: { id: user.id, email: user.email, name: user.name, platformRole: user.platformRole },
    access,
  };
});

export async function getSessionUser(): Promise<TSessionUser | null> {
  return (await getSession())?.user ?? null;
}
