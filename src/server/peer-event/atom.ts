// The public Atom feeds of peer events: platform-wide and per process. They read as nobody
// (visiblePeerEventsWhere(null)): public events of public subjects, whatever session a request
// carries, so one copy serves everyone and may be cached.
import { Feed } from "feed";
import { unstable_cache } from "next/cache";
import { createTranslator } from "next-intl";
import { rcpShortName } from "~/domain/rcp/names";
import { messages } from "~/i18n/messages";
import type { TLocale } from "~/i18n/routing";
import { PUBLIC_DATA_TAG } from "~/server/cache/public-data";
import { db } from "~/server/db";
import type { TDb } from "~/server/db-client";
import { appOrigin } from "~/server/http/app-origin";
import { visiblePeerEventsWhere } from "./policy";
import { eventSentence, SENTENCE_SELECT, sentenceText } from "./sentence";

const ENTRIES = 50;

// Characters XML 1.0 cannot carry, should any stored text hold one.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlSafe = (text: string) => text.replace(NOT_XML, "");

// The library writes entry titles as type="html": readers would take a title's "<b>" for markup.
// Escaped, they show the words as written (and "]]>" cannot close the library's CDATA section).
const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const htmlText = (text: string) => xmlSafe(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);

type TAtomScope = { rcp: { id: string; slug: string; name: string } | null };

export async function buildEventsAtom(database: TDb, locale: TLocale, scope: TAtomScope, origin: string) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "FeedAtom" });
  const rows = await database.peerEvent.findMany({
    where: { AND: [visiblePeerEventsWhere(null), scope.rcp ? { rcpIds: { has: scope.rcp.id } } : {}] },
    orderBy: { id: "desc" },
    take: ENTRIES,
    select: SENTENCE_SELECT,
  });
  const self = scope.rcp
    ? `${origin}/api/feed/${locale}/rcps/${scope.rcp.slug}.atom`
    : `${origin}/api/feed/${locale}/events.atom`;
  const feed = new Feed({
    id: self,
    title: xmlSafe(scope.rcp ? t("rcpTitle", { name: scope.rcp.name }) : t("title")),
    description: t("description"),
    link: scope.rcp ? `${origin}/${locale}/rcps/${scope.rcp.slug}` : `${origin}/${locale}`,
    language: locale,
    feedLinks: { atom: self },
    // The newest entry's time, not the time of the request: an unchanged feed reads the same.
    updated: rows[0]?.createdAt ?? new Date(0),
    generator: false,
    copyright: "RCP Exchange",
  });
  for (const row of rows) {
    const sentence = eventSentence(row, locale);
    if (!sentence) continue;
    const target = sentence.findLast((segment) => segment.href)?.href ?? `/${locale}`;
    feed.addItem({
      id: `urn:rcp-exchange:peer-event:${row.id.toString()}`,
      title: htmlText(sentenceText(sentence)),
      link: `${origin}${target}`,
      date: row.createdAt,
    });
  }
  return feed.atom1();
}

const cached = unstable_cache(
  async (locale: TLocale, slug: string | null) => {
    const rcp = slug
      ? await db.rcp.findFirst({
          where: { slug, archivedAt: null },
          select: { id: true, slug: true, shortName: true, acronym: true, localizedNames: true },
        })
      : null;
    if (slug && !rcp) return null;
    const named = rcp ? { id: rcp.id, slug: rcp.slug, name: rcpShortName(rcp, locale) } : null;
    return buildEventsAtom(db, locale, { rcp: named }, appOrigin());
  },
  ["peer-events-atom"],
  // Dropped with every public change; some events (registration opened) come from changes that
  // do not touch public pages, so the copy also ages out.
  { tags: [PUBLIC_DATA_TAG], revalidate: 300 },
);

export const publicEventsAtom = (locale: TLocale) => cached(locale, null);

// Only names that exist reach the cache, so made-up ones cannot fill it.
export async function rcpEventsAtom(locale: TLocale, slug: string) {
  const rcp = await db.rcp.findFirst({ where: { slug, archivedAt: null }, select: { id: true } });
  return rcp ? cached(locale, slug) : null;
}

const ATOM_FILE = /^([a-z0-9-]{1,100})\.atom$/;
export const slugOfAtomFile = (file: string) => ATOM_FILE.exec(file)?.[1] ?? null;

export function atomResponse(body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300, must-revalidate",
    },
  });
}
