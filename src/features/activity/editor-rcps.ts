import "server-only";
import { localizeRcp } from "~/domain/rcp/names";
import type { TLocale } from "~/i18n/routing";
import { getSessionUser } from "~/server/auth/session";
import { callerFor } from "~/trpc/server";

/** The processes the reader edits, to offer posting an activity for them; none when signed out. */
export async function editorRcps(locale: TLocale, only?: string) {
  const user = await getSessionUser();
  if (!user) return [];
  const me = await callerFor(user).user.me();
  return me.rcpRoles
    .filter(({ role, rcp }) => role === "EDITOR" && (only === undefined || rcp.slug === only))
    .map(({ rcp }) => localizeRcp(rcp, locale));
}
