import "server-only";
import { notFound } from "next/navigation";
import type { TLocale } from "~/i18n/routing";
import { createCaller } from "~/server/api/root";
import { requireUser } from "~/server/auth/require-user";
import { db } from "~/server/db";
import { isAdmin } from "~/server/rcp/policy";
import { loadAccess } from "~/server/user/access";

/**
 * For administration pages: signed out → the sign-in page; signed in without administrator
 * rights → 404, so the area does not reveal itself. Rights are read from the database, never
 * from the session token. Each procedure the page then calls checks them again on its own.
 */
export async function requireAdmin(locale: TLocale, path: string) {
  const user = await requireUser(locale, `/${locale}${path}`);
  const access = await loadAccess(db, user.id);
  if (!access || !isAdmin(access)) notFound();
  return { user, caller: createCaller({ db, user }) };
}
