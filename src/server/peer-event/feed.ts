// "What your peers are doing": events of the processes that share member states or themes with the
// reader's own, and of everything the reader follows (the whole history of a follow), newest first,
// a page at a time on the event id. An administrator or a person of no process sees every event.
// Every read goes through visiblePeerEventsWhere: an event shows only while its subject may be seen.
import { createTranslator } from "next-intl";
import { countryName } from "~/domain/country/names";
import { FEED_PAGE_SIZE, type TFeedListInput } from "~/domain/peer-event/feed-schema";
import { rcpShortName } from "~/domain/rcp/names";
import type { FollowTarget, Prisma } from "~/generated/prisma/client";
import { messages } from "~/i18n/messages";
import type { TLocale } from "~/i18n/routing";
import { pickLanguage } from "~/server/calendar/event-text";
import type { TDb } from "~/server/db-client";
import { isAdmin } from "~/server/rcp/policy";
import type { TAccess } from "~/server/user/access";
import { followedEventsWhere, type TFollow } from "./follows";
import { peersOf, type TPeer } from "./peers";
import { visiblePeerEventsWhere } from "./policy";
import { eventSentence, SENTENCE_SELECT, type TSegment } from "./sentence";

export type TFeedItem = {
  id: string;
  kind: string;
  createdAt: Date;
  sentence: TSegment[];
  /** Why the reader sees it, in their language; none when they see everything. */
  reasons: string[];
};
export type TFeedPage = { items: TFeedItem[]; nextBefore: string | null; isEverything: boolean };

const NOTHING: Prisma.PeerEventWhereInput = { id: { lt: 0 } };

/** The filters of the address as a where clause; an unknown name matches nothing. */
async function filtersWhere(db: TDb, input: TFeedListInput): Promise<Prisma.PeerEventWhereInput[]> {
  const where: Prisma.PeerEventWhereInput[] = [];
  if (input.rcp) {
    const rcp = await db.rcp.findFirst({
      where: { slug: input.rcp, archivedAt: null },
      select: { id: true },
    });
    where.push(rcp ? { rcpIds: { has: rcp.id } } : NOTHING);
  }
  if (input.theme) {
    const theme = await db.theme.findUnique({ where: { slug: input.theme }, select: { id: true } });
    where.push(theme ? { themeIds: { has: theme.id } } : NOTHING);
  }
  if (input.region) where.push({ rcp: { region: input.region } });
  if (input.kind) where.push({ kind: input.kind });
  if (input.before) where.push({ id: { lt: BigInt(input.before) } });
  return where;
}

export async function listPeerFeed(db: TDb, access: TAccess, input: TFeedListInput): Promise<TFeedPage> {
  const ownRcpIds = Object.keys(access.rcpRoles);
  const isEverything = isAdmin(access) || ownRcpIds.length === 0;
  const follows = await db.follow.findMany({
    where: { userId: access.userId },
    select: { targetType: true, targetId: true, createdAt: true },
  });
  const peers = isEverything ? new Map<string, TPeer>() : await peersOf(db, ownRcpIds);
  const scope: Prisma.PeerEventWhereInput = isEverything
    ? {}
    : {
        OR: [
          { rcpIds: { hasSome: [...peers.keys()] } },
          followedEventsWhere(follows, { sinceFollowed: false }),
        ],
      };
  const limit = input.limit ?? FEED_PAGE_SIZE;
  const rows = await db.peerEvent.findMany({
    where: { AND: [visiblePeerEventsWhere(access), scope, ...(await filtersWhere(db, input))] },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: { ...SENTENCE_SELECT, rcpIds: true, themeIds: true, countryCodes: true },
  });
  const page = rows.slice(0, limit);
  const explain = await reasonWriter(db, input.locale, follows, peers, ownRcpIds);
  const items = page.flatMap((row) => {
    const sentence = eventSentence(row, input.locale);
    if (!sentence) return [];
    return [
      { id: row.id.toString(), kind: row.kind, createdAt: row.createdAt, sentence, reasons: explain(row) },
    ];
  });
  const last = page.at(-1);
  return { items, nextBefore: rows.length > limit && last ? last.id.toString() : null, isEverything };
}

type TConcerns = { rcpIds: string[]; themeIds: string[]; countryCodes: string[] };
const FIELD: Record<FollowTarget, keyof TConcerns> = {
  RCP: "rcpIds",
  THEME: "themeIds",
  COUNTRY: "countryCodes",
};

/** The names the reasons need, read once per page. */
async function reasonWriter(
  db: TDb,
  locale: TLocale,
  follows: readonly TFollow[],
  peers: ReadonlyMap<string, TPeer>,
  ownRcpIds: readonly string[],
) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "FeedReason" });
  const rcpIds = [...ownRcpIds, ...follows.filter((f) => f.targetType === "RCP").map((f) => f.targetId)];
  const themeIds = follows.filter((f) => f.targetType === "THEME").map((f) => f.targetId);
  const rcps = await db.rcp.findMany({
    where: { id: { in: rcpIds } },
    select: { id: true, shortName: true, acronym: true, localizedNames: true },
  });
  const themes = await db.theme.findMany({
    where: { id: { in: themeIds } },
    select: { id: true, label: true },
  });
  const rcpName = new Map(rcps.map((rcp) => [rcp.id, rcpShortName(rcp, locale)]));
  const themeName = new Map(themes.map((theme) => [theme.id, pickLanguage(theme.label, locale)?.text ?? ""]));
  const followName = (follow: TFollow) =>
    follow.targetType === "RCP"
      ? rcpName.get(follow.targetId)
      : follow.targetType === "THEME"
        ? themeName.get(follow.targetId)
        : countryName(follow.targetId, locale);

  return (event: TConcerns): string[] => {
    const reasons: string[] = [];
    const matches = event.rcpIds.flatMap((id) => peers.get(id) ?? []);
    const states = matches.flatMap((peer) => peer.states ?? []).sort((a, b) => b.count - a.count)[0];
    const themes = matches.flatMap((peer) => peer.themes ?? []).sort((a, b) => b.count - a.count)[0];
    if (states)
      reasons.push(t("sharesStates", { count: states.count, own: rcpName.get(states.ownRcpId) ?? "" }));
    if (themes)
      reasons.push(t("sharesThemes", { count: themes.count, own: rcpName.get(themes.ownRcpId) ?? "" }));
    for (const follow of follows) {
      const name = followName(follow);
      if (name && event[FIELD[follow.targetType]].includes(follow.targetId))
        reasons.push(t("follows", { name }));
    }
    return reasons;
  };
}
