import { db } from "~/server/db";
import type { TLocale } from "~/i18n/routing";
import { personalFeedIcs } from "./documents";
import { accessByCalendarToken } from "./personal-token";

/** The feed behind a personal address, read with its owner's rights now; null for any bad token. */
export async function personalFeedByToken(locale: TLocale, token: string): Promise<string | null> {
  const access = await accessByCalendarToken(db, token);
  return access ? personalFeedIcs(locale, access) : null;
}
