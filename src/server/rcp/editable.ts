// The editable state of a profile, read in the shape of the edit form (see profile-schema.ts).
import { nameTranslationsOf } from "~/domain/rcp/names";
import { canonicalProfile, canonicalText } from "~/domain/rcp/profile-canonical";
import { ANNEX_B_TOPICS, type TEditableProfile } from "~/domain/rcp/profile-schema";
import { ZLocalizedText } from "~/lib/localized-text";
import { formatPartialDate, type TDatePrecision } from "~/lib/partial-date";
import type { TDb, TTx } from "~/server/db-client";
import { tenantId } from "./tenant";

const code = { select: { code: true } } as const;
const period = { startDate: true, startPrecision: true, endDate: true, endPrecision: true } as const;

const editableSelect = {
  id: true,
  slug: true,
  shortName: true,
  version: true,
  name: true,
  acronym: true,
  localizedNames: true,
  otherNames: true,
  yearEstablished: true,
  region: true,
  website: true,
  description: true,
  membersNote: true,
  observersNote: true,
  developmentGroup: true,
  secretariatKind: true,
  secretariatText: true,
  priorities: { orderBy: { position: "asc" }, select: { text: true } },
  memberships: { select: { role: true, ...period, participant: code } },
  secretariatHosts: { select: { participant: code } },
  chairTerms: { select: { role: true, ...period, participant: code } },
  foundingDocuments: { select: { title: true, year: true, kind: true } },
  themes: { select: { kind: true, theme: { select: { slug: true } } } },
  annexBAnswers: { select: { topic: true, status: true, text: true } },
} as const;

export type TEditableState = {
  id: string;
  slug: string;
  shortName: string;
  version: number;
  data: TEditableProfile;
};

/** The profile as the edit form shows it, with the version it is at; null if unknown or archived. */
export async function readEditable(db: TDb | TTx, rcpId: string): Promise<TEditableState | null> {
  const row = await db.rcp.findFirst({
    where: { id: tenantId(rcpId), archivedAt: null },
    select: editableSelect,
  });
  if (!row) return null;
  const text = (value: unknown) => canonicalText(ZLocalizedText.safeParse(value).data);
  const dates = (item: {
    startDate: Date | null;
    startPrecision: TDatePrecision | null;
    endDate: Date | null;
    endPrecision: TDatePrecision | null;
  }) => ({
    start: item.startDate ? formatPartialDate(item.startDate, item.startPrecision ?? "DAY") : "",
    end: item.endDate ? formatPartialDate(item.endDate, item.endPrecision ?? "DAY") : "",
  });
  const themesOf = (kind: "MAIN_AREA" | "PRIORITY") =>
    row.themes.filter((theme) => theme.kind === kind).map((theme) => theme.theme.slug);
  const data = canonicalProfile({
    name: row.name,
    shortName: row.shortName,
    acronym: row.acronym ?? "",
    ...nameTranslationsOf(row.localizedNames),
    otherNames: row.otherNames.map((name) => ({ name })),
    yearEstablished: row.yearEstablished,
    region: row.region,
    website: row.website ?? "",
    description: text(row.description),
    priorities: row.priorities.map((priority) => text(priority.text)),
    memberships: row.memberships.map((m) => ({ code: m.participant.code, role: m.role, ...dates(m) })),
    membersNote: text(row.membersNote),
    observersNote: text(row.observersNote),
    secretariatKind: row.secretariatKind,
    secretariatHosts: row.secretariatHosts.map((host) => ({ code: host.participant.code })),
    secretariatText: text(row.secretariatText),
    chairTerms: row.chairTerms.map((term) => ({
      code: term.participant.code,
      role: term.role,
      ...dates(term),
    })),
    mainAreaThemes: themesOf("MAIN_AREA"),
    priorityThemes: themesOf("PRIORITY"),
    foundingDocuments: row.foundingDocuments,
    developmentGroup: row.developmentGroup,
    annexB: Object.fromEntries(
      ANNEX_B_TOPICS.map((topic) => {
        const answer = row.annexBAnswers.find((item) => item.topic === topic);
        return [topic, { status: answer?.status ?? null, text: text(answer?.text) }];
      }),
    ) as TEditableProfile["annexB"],
  });
  return { id: row.id, slug: row.slug, shortName: row.shortName, version: row.version, data };
}

/** What the form offers to choose from: the organisations and the theme vocabulary. */
export async function readEditVocabulary(db: TDb) {
  const [organisations, themes] = await Promise.all([
    db.participant.findMany({
      where: { kind: "ORGANISATION" },
      select: { code: true, acronym: true, localizedAcronyms: true, name: true },
      orderBy: { code: "asc" },
    }),
    db.theme.findMany({ select: { slug: true, label: true }, orderBy: { slug: "asc" } }),
  ]);
  return { organisations, themes };
}

export type TEditVocabulary = Awaited<ReturnType<typeof readEditVocabulary>>;
