// One way to write each profile, so comparing two of them finds only real changes: every text has
// its three languages (missing ones empty) and lists the database keeps unordered are sorted.
import { parsePartialDate } from "~/lib/partial-date";
import {
  ANNEX_B_TOPICS,
  MEMBERSHIP_ROLES,
  type TEditableProfile,
  type TEditableProfileInput,
  type TLocalizedInput,
} from "./profile-schema";

export type TCanonicalText = Required<TLocalizedInput>;

export function canonicalText(text: Partial<TLocalizedInput> | null | undefined): TCanonicalText {
  return { en: text?.en ?? "", fr: text?.fr ?? "", es: text?.es ?? "" };
}

/** Both translations of a name, missing ones (a version saved before they existed) empty. */
export function canonicalNames(names: { fr?: string; es?: string } | undefined) {
  return { fr: names?.fr ?? "", es: names?.es ?? "" };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const time = (value: string, edge: "start" | "end") =>
  parsePartialDate(value, edge)?.date.getTime() ?? Number.POSITIVE_INFINITY;

export function canonicalProfile(profile: TEditableProfile | TEditableProfileInput): TEditableProfile {
  return {
    name: profile.name,
    shortName: profile.shortName,
    acronym: profile.acronym,
    nameTranslations: canonicalNames(profile.nameTranslations),
    shortNameTranslations: canonicalNames(profile.shortNameTranslations),
    acronymTranslations: canonicalNames(profile.acronymTranslations),
    otherNames: profile.otherNames.map((item) => ({ name: item.name })),
    yearEstablished: profile.yearEstablished,
    region: profile.region,
    website: profile.website,
    description: canonicalText(profile.description),
    priorities: profile.priorities.map(canonicalText),
    memberships: profile.memberships
      .map(({ code, role, start, end }) => ({ code, role, start, end }))
      .sort(
        (a, b) =>
          MEMBERSHIP_ROLES.indexOf(a.role) - MEMBERSHIP_ROLES.indexOf(b.role) ||
          compare(a.code, b.code) ||
          compare(a.start, b.start),
      ),
    membersNote: canonicalText(profile.membersNote),
    observersNote: canonicalText(profile.observersNote),
    secretariatKind: profile.secretariatKind,
    secretariatHosts: profile.secretariatHosts
      .map(({ code }) => ({ code }))
      .sort((a, b) => compare(a.code, b.code)),
    secretariatText: canonicalText(profile.secretariatText),
    // Oldest first, open starts last: the order of the public timeline.
    chairTerms: profile.chairTerms
      .map(({ code, role, start, end }) => ({ code, role, start, end }))
      .sort(
        (a, b) =>
          time(a.start, "start") - time(b.start, "start") ||
          time(a.end, "end") - time(b.end, "end") ||
          compare(a.code, b.code) ||
          compare(a.role, b.role),
      ),
    mainAreaThemes: [...profile.mainAreaThemes].sort(compare),
    priorityThemes: [...profile.priorityThemes].sort(compare),
    foundingDocuments: profile.foundingDocuments
      .map(({ title, year, kind }) => ({ title, year, kind }))
      .sort(
        (a, b) =>
          (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY) ||
          compare(a.title, b.title),
      ),
    developmentGroup: profile.developmentGroup,
    annexB: Object.fromEntries(
      ANNEX_B_TOPICS.map((topic) => {
        const answer = profile.annexB[topic];
        return [topic, { status: answer.status, text: canonicalText(answer.text) }];
      }),
    ) as TEditableProfile["annexB"],
  };
}
