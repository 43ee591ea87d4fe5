import "server-only";
import { notFound } from "next/navigation";
import type { TLocale } from "~/i18n/routing";
import { requireUser } from "~/server/auth/require-user";
import { getSession } from "~/server/auth/session";
import { isAdmin } from "~/server/rcp/policy";
import { callerFor } from "~/trpc/server";

/**
 * For administration pages: signed out → the sign-in page; signed in without administrator
 * rights → 404, so the area does not reveal itself. Rights are read from the database, never
 * from the session token. Each procedure the page then calls checks them again on its own.
 */
export async function requireAdmin(locale: TLocale, path: string) {
  const user = await requireUser(locale, `/${locale}${path}`);
  // The session's query read the rights with the user, for this request.
  const access = (await getSession())?.access;
  if (!access || !isAdmin(access)) notFound();
  return { user, caller: callerFor(user) };
}
