// The overlap page's aggregate of duplicate effort: which pairs of processes hold activities on a
// shared theme within 60 days of each other, over the coming year, as the reader may see them.
import { daysBetween, DUPLICATE_WINDOW_DAYS } from "~/domain/duplicate-effort/schema";
import { visibleActivitiesWhere } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";
import type { TAccess } from "~/server/user/access";

const HORIZON_DAYS = 366;
const PAIR_LIMIT = 20;
const NEXT_LIMIT = 3;
const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

type TPairActivity = { slug: string; title: unknown; startDate: string };
export type TProcessPair = {
  a: { slug: string; shortName: string; localizedNames: unknown };
  b: { slug: string; shortName: string; localizedNames: unknown };
  /** Pairs of their activities that compete. */
  count: number;
  themes: { slug: string; label: unknown }[];
  /** The earliest competing pairs: the first process's activity, then the second's. */
  next: { a: TPairActivity; b: TPairActivity }[];
};

type TRow = {
  id: string;
  slug: string;
  title: unknown;
  startDate: string;
  endDate: string | null;
  hostRcpIds: string[];
  themeIds: string[];
};

type TAcc = {
  a: string;
  b: string;
  count: number;
  themes: Set<string>;
  next: { at: string; a: TRow; b: TRow }[];
};

/** Each pair of activities on a shared theme within the window, with hosts on each side but not both. */
function pairUp(rows: TRow[], add: (x: TRow, y: TRow, themes: string[]) => void) {
  const byTheme = new Map<string, TRow[]>();
  for (const row of rows)
    for (const theme of row.themeIds) byTheme.set(theme, [...(byTheme.get(theme) ?? []), row]);
  const seen = new Set<string>();
  for (const list of byTheme.values()) {
    // Sorted by start: a later activity starting beyond the window of one's end ends the scan.
    for (let i = 0; i < list.length; i++) {
      const x = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const y = list[j]!;
        const gap = daysBetween(
          { start: x.startDate, end: x.endDate },
          { start: y.startDate, end: y.endDate },
        );
        if (gap > DUPLICATE_WINDOW_DAYS) {
          if (y.startDate > (x.endDate ?? x.startDate)) break;
          continue;
        }
        const key = x.id < y.id ? `${x.id} ${y.id}` : `${y.id} ${x.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        add(
          x,
          y,
          x.themeIds.filter((theme) => y.themeIds.includes(theme)),
        );
      }
    }
  }
}

export async function listProcessPairs(
  db: TDb,
  access: TAccess,
  today = new Date(),
): Promise<TProcessPair[]> {
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const rows = await db.activity.findMany({
    where: {
      AND: [
        visibleActivitiesWhere(access),
        { status: { not: "CANCELLED" } },
        { startDate: { gte: from, lte: new Date(from.getTime() + HORIZON_DAYS * DAY_MS) } },
        { NOT: { themeIds: { isEmpty: true } } },
      ],
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      startDate: true,
      endDate: true,
      hostRcpIds: true,
      themeIds: true,
    },
  });
  const activities: TRow[] = rows.map((row) => ({
    ...row,
    startDate: isoDay(row.startDate),
    endDate: row.endDate ? isoDay(row.endDate) : null,
  }));
  const pairs = new Map<string, TAcc>();
  pairUp(activities, (x, y, themes) => {
    for (const hx of x.hostRcpIds) {
      if (y.hostRcpIds.includes(hx)) continue;
      for (const hy of y.hostRcpIds) {
        if (x.hostRcpIds.includes(hy)) continue;
        const [a, b, first, second] = hx < hy ? [hx, hy, x, y] : [hy, hx, y, x];
        const key = `${a} ${b}`;
        const acc = pairs.get(key) ?? { a, b, count: 0, themes: new Set<string>(), next: [] };
        acc.count += 1;
        for (const theme of themes) acc.themes.add(theme);
        acc.next.push({ at: x.startDate < y.startDate ? x.startDate : y.startDate, a: first, b: second });
        pairs.set(key, acc);
      }
    }
  });
  const top = [...pairs.values()]
    .sort((p, q) => q.count - p.count || p.a.localeCompare(q.a))
    .slice(0, PAIR_LIMIT);
  const rcpIds = [...new Set(top.flatMap((pair) => [pair.a, pair.b]))];
  const themeIds = [...new Set(top.flatMap((pair) => [...pair.themes]))];
  const [rcps, themes] = await Promise.all([
    db.rcp.findMany({
      where: { id: { in: rcpIds } },
      select: { id: true, slug: true, shortName: true, localizedNames: true },
    }),
    db.theme.findMany({ where: { id: { in: themeIds } }, select: { id: true, slug: true, label: true } }),
  ]);
  const rcpById = new Map(rcps.map(({ id, ...rcp }) => [id, rcp]));
  const themeById = new Map(themes.map(({ id, ...theme }) => [id, theme]));
  const brief = (row: TRow): TPairActivity => ({
    slug: row.slug,
    title: row.title,
    startDate: row.startDate,
  });
  return top.flatMap((pair) => {
    const [a, b] = [rcpById.get(pair.a), rcpById.get(pair.b)];
    if (!a || !b) return [];
    return [
      {
        a,
        b,
        count: pair.count,
        themes: [...pair.themes].flatMap((id) => themeById.get(id) ?? []),
        next: pair.next
          .sort((p, q) => p.at.localeCompare(q.at))
          .slice(0, NEXT_LIMIT)
          .map((item) => ({ a: brief(item.a), b: brief(item.b) })),
      },
    ];
  });
}
