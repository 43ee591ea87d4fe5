// Each feed as a finished iCalendar document. The public ones are kept in Next's data cache under
// the public-data tag, which every write to an activity drops (revalidatePublicPages).
import { unstable_cache } from "next/cache";
import type { TLocale } from "~/i18n/routing";
import { PUBLIC_DATA_TAG } from "~/server/cache/public-data";
import { db } from "~/server/db";
import { appOrigin } from "~/server/http/app-origin";
import type { TAccess } from "~/server/user/access";
import { feedTranslator, pickLanguage } from "./event-text";
import { readOneActivity, readPersonalFeed, readPublicFeed, readRcpFeed, readThemeFeed } from "./feeds";
import { buildIcs } from "./ics";

const cached = <TArgs extends string[]>(name: string, build: (...args: TArgs) => Promise<string | null>) =>
  unstable_cache(build, [`calendar-${name}`], { tags: [PUBLIC_DATA_TAG] });

export const publicFeedIcs = cached("public", async (locale: TLocale) =>
  buildIcs({
    name: feedTranslator(locale)("publicName"),
    locale,
    origin: appOrigin(),
    activities: await readPublicFeed(db, locale),
  }),
);

const cachedRcpFeedIcs = cached("rcp", async (locale: TLocale, slug: string) => {
  const feed = await readRcpFeed(db, locale, slug);
  if (!feed) return null;
  const name = feedTranslator(locale)("rcpName", { name: feed.name });
  return buildIcs({ name, locale, origin: appOrigin(), activities: feed.activities });
});

const cachedThemeFeedIcs = cached("theme", async (locale: TLocale, slug: string) => {
  const feed = await readThemeFeed(db, locale, slug);
  if (!feed) return null;
  const name = feedTranslator(locale)("themeName", { theme: feed.name });
  return buildIcs({ name, locale, origin: appOrigin(), activities: feed.activities });
});

// The cache is keyed by slug: only names that exist reach it, so made-up ones cannot fill it.
export async function rcpFeedIcs(locale: TLocale, slug: string) {
  const rcp = await db.rcp.findFirst({ where: { slug, archivedAt: null }, select: { id: true } });
  return rcp ? cachedRcpFeedIcs(locale, slug) : null;
}

export async function themeFeedIcs(locale: TLocale, slug: string) {
  const theme = await db.theme.findUnique({ where: { slug }, select: { id: true } });
  return theme ? cachedThemeFeedIcs(locale, slug) : null;
}

export async function personalFeedIcs(locale: TLocale, access: TAccess) {
  return buildIcs({
    name: feedTranslator(locale)("personalName"),
    locale,
    origin: appOrigin(),
    activities: await readPersonalFeed(db, locale, access),
  });
}

/** One activity as `access` sees it (null: anyone); whether the answer may be shared with others. */
export async function activityIcs(locale: TLocale, access: TAccess | null, slug: string) {
  const found = await readOneActivity(db, locale, access, slug);
  if (!found) return null;
  const title = pickLanguage(found.activity.title, locale)?.text ?? slug;
  const body = buildIcs({
    name: feedTranslator(locale)("activityName", { title }),
    locale,
    origin: appOrigin(),
    activities: [found.activity],
  });
  return { body, isPublic: found.isPublic };
}
