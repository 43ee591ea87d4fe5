import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import type { TLocale } from "~/i18n/routing";
import { requireUser } from "~/server/auth/require-user";
import { callerFor } from "~/trpc/server";

/**
 * For administration pages: signed out → the sign-in page; signed in without administrator
 * rights → 404, so the area does not reveal itself. Rights are read from the database, never
 * from the session token. Each procedure the page then calls checks them again on its own.
 */
export async function requireAdmin(locale: TLocale, path: string) {
  const user = await requireUser(locale, `/${locale}${path}`);
  const caller = callerFor(user);
  const me = await caller.user.me().catch((error: unknown) => {
    // A disabled or signed-out account: the page does not exist for it either.
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
    throw error;
  });
  if (me?.platformRole !== "ADMIN") notFound();
  return { user, caller };
}
