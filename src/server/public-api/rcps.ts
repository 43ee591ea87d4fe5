// The RCPs as the public read API gives them. Profiles are public as a whole; archived RCPs are gone.
import { rcpNames, type TRcpNameSource } from "~/domain/rcp/names";
import { apiLocalizedText, apiPartialDate } from "~/domain/public-api/common";
import type { TRcpListResponse, TRcpProfile, TRcpSummary } from "~/domain/public-api/rcps";
import type { TLocale } from "~/i18n/routing";
import { participantName, type TParticipantRef } from "~/lib/participant-name";
import type { TDb } from "~/server/db-client";
import { encodeCursor } from "~/domain/public-api/cursor";

const SUMMARY_SELECT = {
  slug: true,
  name: true,
  shortName: true,
  acronym: true,
  localizedNames: true,
  region: true,
  yearEstablished: true,
  secretariatKind: true,
  website: true,
} as const;

const PARTICIPANT = {
  select: { code: true, kind: true, acronym: true, localizedAcronyms: true, name: true },
} as const;

const perLocale = <T>(read: (locale: TLocale) => T) =>
  ({ en: read("en"), fr: read("fr"), es: read("es") }) as const;

export function apiRcpNames(rcp: TRcpNameSource) {
  return perLocale((locale) => {
    const names = rcpNames(rcp, locale);
    return { name: names.name.text, shortName: names.shortName.text, acronym: names.acronym };
  });
}

const participant = (ref: TParticipantRef & { kind: "STATE" | "TERRITORY" | "ORGANISATION" }) => ({
  code: ref.code,
  kind: ref.kind,
  name: perLocale((locale) => participantName(ref, locale)),
});

function summary(row: TRcpNameSource & Omit<TRcpSummary, "names">): TRcpSummary {
  return {
    slug: row.slug,
    names: apiRcpNames(row),
    region: row.region,
    yearEstablished: row.yearEstablished,
    secretariatKind: row.secretariatKind,
    website: row.website,
  };
}

/** A page of active RCPs by slug; `after` is the last slug of the previous page. */
export async function listApiRcps(db: TDb, limit: number, after: string | null): Promise<TRcpListResponse> {
  const rows = await db.rcp.findMany({
    where: { archivedAt: null, ...(after === null ? {} : { slug: { gt: after } }) },
    orderBy: { slug: "asc" },
    take: limit + 1,
    select: SUMMARY_SELECT,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(summary),
    nextCursor: rows.length > limit && last ? encodeCursor({ slug: last.slug }) : null,
  };
}

export async function getApiRcp(db: TDb, slug: string): Promise<TRcpProfile | null> {
  const row = await db.rcp.findFirst({
    where: { slug, archivedAt: null },
    select: {
      ...SUMMARY_SELECT,
      otherNames: true,
      description: true,
      secretariatText: true,
      updatedAt: true,
      secretariatHosts: { orderBy: { participant: { code: "asc" } }, select: { participant: PARTICIPANT } },
      themes: {
        orderBy: [{ kind: "asc" }, { theme: { slug: "asc" } }],
        select: { kind: true, theme: { select: { slug: true, label: true } } },
      },
      memberships: {
        orderBy: [{ role: "asc" }, { participant: { code: "asc" } }],
        select: {
          role: true,
          startDate: true,
          startPrecision: true,
          endDate: true,
          endPrecision: true,
          participant: PARTICIPANT,
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...summary(row),
    otherNames: row.otherNames,
    description: apiLocalizedText(row.description),
    secretariat: {
      kind: row.secretariatKind,
      text: row.secretariatText === null ? null : apiLocalizedText(row.secretariatText),
      hosts: row.secretariatHosts.map((host) => participant(host.participant)),
    },
    themes: row.themes.map(({ kind, theme }) => ({
      slug: theme.slug,
      kind,
      label: apiLocalizedText(theme.label),
    })),
    memberships: row.memberships.map((membership) => ({
      participant: participant(membership.participant),
      role: membership.role,
      start: membership.startDate
        ? apiPartialDate(membership.startDate, membership.startPrecision ?? "DAY")
        : null,
      end: membership.endDate ? apiPartialDate(membership.endDate, membership.endPrecision ?? "DAY") : null,
    })),
    updatedAt: row.updatedAt.toISOString(),
  };
}
