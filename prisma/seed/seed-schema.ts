// The shape of the reviewable reference data in prisma/seed-data (see its SOURCES.md).
import { z } from "zod";
import { REGIONS } from "../../src/domain/rcp/regions";
import { isPartialDate } from "../../src/lib/partial-date";

const slug = z.string().regex(/^[a-z0-9-]+$/, "must be a kebab-case slug");
const partialDate = z.string().refine(isPartialDate, 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
const translations = z.object({ en: z.string().min(1), fr: z.string().min(1), es: z.string().min(1) });
const englishFirst = z.object({
  en: z.string().min(1),
  fr: z.string().optional(),
  es: z.string().optional(),
});
const entity = z.union([z.object({ country: z.string() }).strict(), z.object({ org: z.string() }).strict()]);

export const ZSeedTheme = z.object({ slug, label: translations });

/** Official French and Spanish forms only; a form left out falls back to English. */
const officialForms = <T extends z.ZodType>(form: T) =>
  z.object({ fr: form.optional(), es: form.optional() }).strict().optional();

export const ZSeedOrganisation = z.object({
  slug,
  acronym: z.string().min(1).nullable(),
  localizedAcronyms: officialForms(z.string().min(1)),
  name: translations,
});

const annexBAnswer = z
  .object({ status: z.enum(["ANSWER", "NO_RESPONSE", "NO_EXAMPLE"]), text: z.string().optional() })
  .refine((answer) => (answer.status === "ANSWER") === Boolean(answer.text?.trim()), {
    message: "has text exactly when its status is ANSWER",
  });

export const ANNEX_B_TOPICS = {
  research: "RESEARCH",
  capacityBuilding: "CAPACITY_BUILDING",
  pilotProjects: "PILOT_PROJECTS",
  foundingDocuments: "FOUNDING_DOCUMENTS",
  intraGovernmentalConsultation: "INTRA_GOVERNMENTAL_CONSULTATION",
  stakeholderCooperation: "STAKEHOLDER_COOPERATION",
  crossFertilization: "CROSS_FERTILIZATION",
  gfmdLink: "GFMD_LINK",
} as const;

export const ZSeedRcp = z.object({
  slug,
  name: z.string().min(1),
  acronym: z.string().min(1).nullable(),
  otherNames: z.array(z.string().min(1)),
  shortName: z.string().min(1),
  localizedNames: officialForms(
    z
      .object({ name: z.string().min(1), shortName: z.string().min(1), acronym: z.string().min(1) })
      .partial()
      .strict(),
  ),
  yearEstablished: z.number().int().min(1900).max(2100),
  region: z.enum(REGIONS),
  website: z.url().nullable(),
  description: z.string().min(1),
  priorities: z.array(z.string().min(1)),
  memberTotal: z.number().int().min(1),
  members: z.array(z.string()),
  membersNote: z.string().nullable(),
  formerMembers: z.array(z.object({ code: z.string(), until: partialDate })),
  observers: z.array(entity),
  partners: z.array(entity),
  participants: z.array(entity),
  observersNote: z.string().nullable(),
  secretariat: z.object({
    kind: z.enum(["FIXED", "ROTATING", "NONE"]),
    hosts: z.array(slug),
    text: z.string().nullable(),
  }),
  chairs: z.array(
    z.intersection(
      z.object({
        role: z.enum(["CHAIR", "CO_CHAIR", "PRESIDENCY_PRO_TEMPORE"]),
        from: partialDate.nullable(),
        to: partialDate.nullable(),
      }),
      z.union([z.object({ country: z.string() }), z.object({ org: z.string() })]),
    ),
  ),
  foundingDocuments: z.array(
    z.object({
      title: z.string().min(1),
      year: z.number().int().nullable(),
      kind: z.enum(["DECLARATION", "PLAN_OF_ACTION", "RECOMMENDATIONS"]),
    }),
  ),
  themes: z.object({ main: z.array(slug), priority: z.array(slug) }),
  developmentGroup: z.enum(["THEMATIC_PRIORITY", "AD_HOC_PRIORITY", "WITHOUT_DEVELOPMENT"]).nullable(),
  annexB: z
    .object(
      Object.fromEntries(Object.keys(ANNEX_B_TOPICS).map((key) => [key, annexBAnswer])) as Record<
        keyof typeof ANNEX_B_TOPICS,
        typeof annexBAnswer
      >,
    )
    .nullable(),
  sources: z.array(z.string()),
});

export const ZSeedActivity = z.object({
  slug,
  title: englishFirst,
  kind: z.enum([
    "MINISTERIAL_CONFERENCE",
    "SENIOR_OFFICIALS_MEETING",
    "WORKSHOP",
    "TRAINING",
    "MEETING",
    "FORUM",
  ]),
  startDate: partialDate,
  endDate: partialDate.nullable(),
  location: z.string().nullable(),
  rcps: z.array(slug),
  summary: z.string().nullable(),
});

export type TSeedTheme = z.infer<typeof ZSeedTheme>;
export type TSeedOrganisation = z.infer<typeof ZSeedOrganisation>;
export type TSeedRcp = z.infer<typeof ZSeedRcp>;
export type TSeedActivity = z.infer<typeof ZSeedActivity>;
export type TSeedEntity = z.infer<typeof entity>;

export type TSeedData = {
  themes: TSeedTheme[];
  organisations: TSeedOrganisation[];
  rcps: TSeedRcp[];
  activities: TSeedActivity[];
};
