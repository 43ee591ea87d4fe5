// The editable profile of an RCP: one schema for the edit form and for the server, so both apply
// the same limits. Types only change through `.trim()`, so the form's values and the parsed
// result have the same shape.
import { z } from "zod";
import { parsePartialDate } from "~/lib/partial-date";
import { multiLineText, singleLineText } from "~/lib/plain-text";
import { isIsoCountryCode, isParticipantCodeFormat } from "~/lib/participant-code";
import { REGIONS } from "./regions";

/** Limits stated once; the form shows them and the server enforces them. */
export const PROFILE_LIMITS = {
  name: 200,
  otherNames: 20,
  text: 10_000,
  priorities: 30,
  priority: 2_000,
  website: 2_000,
  memberships: 500,
  secretariatHosts: 20,
  chairTerms: 100,
  foundingDocuments: 50,
  documentTitle: 300,
  themes: 50,
  earliestYear: 1800,
  latestYear: 2100,
} as const;

export const MEMBERSHIP_ROLES = ["MEMBER", "OBSERVER", "PARTNER", "PARTICIPANT"] as const;
export const SECRETARIAT_KINDS = ["FIXED", "ROTATING", "NONE"] as const;
export const CHAIR_ROLES = ["CHAIR", "CO_CHAIR", "PRESIDENCY_PRO_TEMPORE"] as const;
export const DOCUMENT_KINDS = ["DECLARATION", "PLAN_OF_ACTION", "RECOMMENDATIONS"] as const;
export const DEVELOPMENT_GROUPS = ["THEMATIC_PRIORITY", "AD_HOC_PRIORITY", "WITHOUT_DEVELOPMENT"] as const;
export const ANNEX_B_TOPICS = [
  "RESEARCH",
  "CAPACITY_BUILDING",
  "PILOT_PROJECTS",
  "FOUNDING_DOCUMENTS",
  "INTRA_GOVERNMENTAL_CONSULTATION",
  "STAKEHOLDER_COOPERATION",
  "CROSS_FERTILIZATION",
  "GFMD_LINK",
] as const;
export const ANNEX_B_STATUSES = ["ANSWER", "NO_RESPONSE", "NO_EXAMPLE"] as const;
export const TEXT_LANGUAGES = ["en", "fr", "es"] as const;

export type TAnnexBTopic = (typeof ANNEX_B_TOPICS)[number];
export type TTextLanguage = (typeof TEXT_LANGUAGES)[number];

/** A custom issue carries the key of its message; the form translates it (see issue-message.ts). */
const issue = (key: string, path: PropertyKey[] = []) => ({ code: "custom" as const, params: { key }, path });

const ZName = singleLineText().max(PROFILE_LIMITS.name);
const ZRequiredName = ZName.min(1);

/**
 * A name's French and Spanish forms, empty where the process has no official one (the English
 * form is then shown, marked). Versions saved before names had languages read as empty.
 */
export const ZNameTranslations = z.object({ fr: ZName, es: ZName }).strict().default({ fr: "", es: "" });
export const NAME_TRANSLATION_FIELDS = [
  "nameTranslations",
  "shortNameTranslations",
  "acronymTranslations",
] as const;
export type TNameTranslationField = (typeof NAME_TRANSLATION_FIELDS)[number];

function localizedText(max: number, isRequired: boolean) {
  const translation = multiLineText().max(max);
  return z
    .object({
      en: isRequired ? translation.min(1) : translation,
      fr: translation.optional(),
      es: translation.optional(),
    })
    .strict()
    .superRefine((text, ctx) => {
      // English is the original every translation is made from.
      if (!text.en && (text.fr || text.es)) ctx.addIssue(issue("englishRequired", ["en"]));
    });
}

export const ZLocalizedInput = localizedText(PROFILE_LIMITS.text, false);
export const ZRequiredLocalizedInput = localizedText(PROFILE_LIMITS.text, true);
export const ZPriority = localizedText(PROFILE_LIMITS.priority, true);

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", or empty when the source gives no date. */
export const ZPartialDateText = singleLineText().refine(
  (value) => value === "" || parsePartialDate(value, "start") !== null,
  {
    params: { key: "partialDate" },
  },
);

export const ZParticipantCode = singleLineText()
  .min(1)
  .max(64)
  .refine(isParticipantCodeFormat, { params: { key: "participantCode" } });

const ZSlug = z
  .string()
  .max(100)
  .regex(/^[a-z0-9-]+$/);

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const ZWebsite = singleLineText()
  .max(PROFILE_LIMITS.website)
  .refine((value) => value === "" || isHttpsUrl(value), { params: { key: "httpsUrl" } });

const ZYear = z.number().int().min(PROFILE_LIMITS.earliestYear).max(PROFILE_LIMITS.latestYear);

/** A period whose end, when both are given, is not before its start. */
function periodInOrder(period: { start: string; end: string }, ctx: z.RefinementCtx) {
  if (!period.start || !period.end) return;
  const start = parsePartialDate(period.start, "start");
  const end = parsePartialDate(period.end, "end");
  if (start && end && end.date < start.date) ctx.addIssue(issue("endBeforeStart", ["end"]));
}

export const ZMembership = z
  .object({
    code: ZParticipantCode,
    role: z.enum(MEMBERSHIP_ROLES),
    start: ZPartialDateText,
    end: ZPartialDateText,
  })
  .strict()
  .superRefine(periodInOrder);

export const ZChairTerm = z
  .object({
    code: ZParticipantCode,
    role: z.enum(CHAIR_ROLES),
    start: ZPartialDateText,
    end: ZPartialDateText,
  })
  .strict()
  .superRefine(periodInOrder);

export const ZFoundingDocument = z
  .object({
    title: singleLineText().min(1).max(PROFILE_LIMITS.documentTitle),
    year: ZYear.nullable(),
    kind: z.enum(DOCUMENT_KINDS),
  })
  .strict();

export const ZAnnexBAnswer = z
  .object({
    /** null: no answer recorded for this topic. */
    status: z.enum(ANNEX_B_STATUSES).nullable(),
    text: ZLocalizedInput,
  })
  .strict()
  .superRefine((answer, ctx) => {
    // "No response" and "no example" are answers of their own: they carry no text.
    const hasText = TEXT_LANGUAGES.some((language) => answer.text[language]);
    if (answer.status === "ANSWER" && !answer.text.en) ctx.addIssue(issue("answerNeedsText", ["text", "en"]));
    if (answer.status !== "ANSWER" && hasText) ctx.addIssue(issue("textOnlyWithAnswer", ["text", "en"]));
  });

/** Reports the second and later occurrences of the same key, on the given field of that item. */
function uniqueBy<T>(keyOf: (item: T) => string, field?: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = keyOf(item);
      if (seen.has(key)) ctx.addIssue(issue("duplicate", field ? [index, field] : [index]));
      seen.add(key);
    });
  };
}

const ZThemeSlugs = z
  .array(ZSlug)
  .max(PROFILE_LIMITS.themes)
  .superRefine(uniqueBy((slug) => slug));

export const ZEditableProfile = z
  .object({
    name: ZRequiredName,
    shortName: ZRequiredName,
    acronym: ZName,
    nameTranslations: ZNameTranslations,
    shortNameTranslations: ZNameTranslations,
    acronymTranslations: ZNameTranslations,
    otherNames: z
      .array(z.object({ name: ZRequiredName }).strict())
      .max(PROFILE_LIMITS.otherNames)
      .superRefine(uniqueBy((item) => item.name, "name")),
    yearEstablished: ZYear,
    region: z.enum(REGIONS),
    website: ZWebsite,
    description: ZRequiredLocalizedInput,
    priorities: z.array(ZPriority).max(PROFILE_LIMITS.priorities),
    memberships: z
      .array(ZMembership)
      .max(PROFILE_LIMITS.memberships)
      // The same participant may hold a role once (it may hold several roles).
      .superRefine(uniqueBy((membership) => `${membership.code}/${membership.role}`, "code")),
    membersNote: ZLocalizedInput,
    observersNote: ZLocalizedInput,
    secretariatKind: z.enum(SECRETARIAT_KINDS),
    secretariatHosts: z
      .array(z.object({ code: ZParticipantCode }).strict())
      .max(PROFILE_LIMITS.secretariatHosts)
      .superRefine(uniqueBy((host) => host.code, "code")),
    secretariatText: ZLocalizedInput,
    chairTerms: z.array(ZChairTerm).max(PROFILE_LIMITS.chairTerms),
    mainAreaThemes: ZThemeSlugs,
    priorityThemes: ZThemeSlugs,
    foundingDocuments: z
      .array(ZFoundingDocument)
      .max(PROFILE_LIMITS.foundingDocuments)
      .superRefine(uniqueBy((document) => document.title.toLowerCase(), "title")),
    developmentGroup: z.enum(DEVELOPMENT_GROUPS).nullable(),
    annexB: z
      .object(
        Object.fromEntries(ANNEX_B_TOPICS.map((topic) => [topic, ZAnnexBAnswer])) as Record<
          TAnnexBTopic,
          typeof ZAnnexBAnswer
        >,
      )
      .strict(),
  })
  .strict();

export type TEditableProfile = z.output<typeof ZEditableProfile>;
export type TEditableProfileInput = z.input<typeof ZEditableProfile>;
export type TLocalizedInput = z.output<typeof ZLocalizedInput>;
export type TMembershipInput = z.output<typeof ZMembership>;
export type TChairTermInput = z.output<typeof ZChairTerm>;
export type TAnnexBAnswerInput = z.output<typeof ZAnnexBAnswer>;

/** The version a save is based on: the server refuses it when the profile moved on since. */
export const ZVersion = z.number().int().min(1).max(2_147_483_647);

export type TKnownVocabulary = {
  organisationCodes: ReadonlySet<string>;
  themeSlugs: ReadonlySet<string>;
};

/**
 * The schema plus what only the database knows: which organisations and themes exist. The form
 * uses it to point at the field; the server checks the same against the database when saving.
 */
export function withKnownVocabulary(vocabulary: TKnownVocabulary) {
  return ZEditableProfile.superRefine((profile, ctx) => {
    const checkCode = (code: string, path: PropertyKey[]) => {
      if (!isIsoCountryCode(code) && !vocabulary.organisationCodes.has(code)) {
        ctx.addIssue(issue("knownParticipant", path));
      }
    };
    profile.memberships.forEach((item, index) => checkCode(item.code, ["memberships", index, "code"]));
    profile.secretariatHosts.forEach((item, index) =>
      checkCode(item.code, ["secretariatHosts", index, "code"]),
    );
    profile.chairTerms.forEach((item, index) => checkCode(item.code, ["chairTerms", index, "code"]));
    for (const field of ["mainAreaThemes", "priorityThemes"] as const) {
      profile[field].forEach((slug, index) => {
        if (!vocabulary.themeSlugs.has(slug)) ctx.addIssue(issue("knownTheme", [field, index]));
      });
    }
  });
}
