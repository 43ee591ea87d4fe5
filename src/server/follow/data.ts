// A person's follows, named in their language. A follow of a process archived since then stays
// stored (it comes back if the process does) but is not listed: the process is not shown anywhere.
import { countryName, isCountryCode } from "~/domain/country/names";
import { rcpShortName } from "~/domain/rcp/names";
import type { TFollowTargetType } from "~/domain/follow/schema";
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import type { TDb } from "~/server/db-client";
import type { TFollow } from "~/server/peer-event/follows";

export type TFollowView = {
  targetType: TFollowTargetType;
  targetId: string;
  name: string;
  /** The page of what is followed, without the locale. */
  path: string;
  createdAt: Date;
};

const collator = (locale: TLocale) => new Intl.Collator(locale, { sensitivity: "base", numeric: true });

export async function listFollows(db: TDb, userId: string, locale: TLocale): Promise<TFollowView[]> {
  const follows = await readFollows(db, userId);
  const ids = (type: TFollowTargetType) =>
    follows.filter((f) => f.targetType === type).map((f) => f.targetId);
  const [rcps, themes] = await Promise.all([
    db.rcp.findMany({
      where: { id: { in: ids("RCP") }, archivedAt: null },
      select: { id: true, slug: true, shortName: true, localizedNames: true },
    }),
    db.theme.findMany({ where: { id: { in: ids("THEME") } }, select: { id: true, slug: true, label: true } }),
  ]);
  const rcpById = new Map(rcps.map((rcp) => [rcp.id, rcp]));
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const views = follows.flatMap((follow): TFollowView[] => {
    const base = { targetType: follow.targetType, targetId: follow.targetId, createdAt: follow.createdAt };
    if (follow.targetType === "RCP") {
      const rcp = rcpById.get(follow.targetId);
      return rcp ? [{ ...base, name: rcpShortName(rcp, locale), path: `/rcps/${rcp.slug}` }] : [];
    }
    if (follow.targetType === "THEME") {
      const theme = themeById.get(follow.targetId);
      return theme
        ? [{ ...base, name: resolveText(theme.label, locale).text, path: `/activities?theme=${theme.slug}` }]
        : [];
    }
    return [{ ...base, name: countryName(follow.targetId, locale), path: `/countries/${follow.targetId}` }];
  });
  const compare = collator(locale);
  return views.sort((a, b) => a.targetType.localeCompare(b.targetType) || compare.compare(a.name, b.name));
}

/** What followedEventsWhere needs. */
export function readFollows(db: TDb, userId: string): Promise<TFollow[]> {
  return db.follow.findMany({
    where: { userId },
    select: { targetType: true, targetId: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}

export type TFollowChoice = { targetType: TFollowTargetType; targetId: string; name: string };

/** Everything that can be followed, named in the reader's language and sorted by name per kind. */
export async function listFollowChoices(db: TDb, locale: TLocale): Promise<TFollowChoice[]> {
  const [rcps, themes, countries] = await Promise.all([
    db.rcp.findMany({
      where: { archivedAt: null },
      select: { id: true, shortName: true, localizedNames: true },
    }),
    db.theme.findMany({ select: { id: true, label: true } }),
    db.participant.findMany({ where: { kind: { in: ["STATE", "TERRITORY"] } }, select: { code: true } }),
  ]);
  const compare = collator(locale);
  const sorted = (choices: TFollowChoice[]) => choices.sort((a, b) => compare.compare(a.name, b.name));
  return [
    ...sorted(rcps.map((rcp) => ({ targetType: "RCP", targetId: rcp.id, name: rcpShortName(rcp, locale) }))),
    ...sorted(
      themes.map((theme) => ({
        targetType: "THEME",
        targetId: theme.id,
        name: resolveText(theme.label, locale).text,
      })),
    ),
    ...sorted(
      countries
        .filter((country) => isCountryCode(country.code))
        .map((country) => ({
          targetType: "COUNTRY",
          targetId: country.code,
          name: countryName(country.code, locale),
        })),
    ),
  ];
}
