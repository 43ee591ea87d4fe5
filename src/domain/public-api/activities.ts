// Activities as the public read API gives them. The filters are the pages' own (ZActivityListInput),
// so the API and the lists agree on what a filter means.
import { z } from "zod";
import { ZActivityListInput } from "~/domain/activity/schema";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from "~/domain/activity/vocabulary";
import { REGIONS } from "~/domain/rcp/regions";
import { ZSlug } from "~/lib/record-id";
import { pageLimit, ZApiLocalizedText, ZDateTime, ZNextCursor, ZPartialDate } from "./common";
import { cursorParam } from "./cursor";

export const ACTIVITY_PAGE = { default: 20, max: 100 } as const;

const filters = ZActivityListInput.shape;
const day = { description: "A day, YYYY-MM-DD.", examples: ["2026-01-31"] };

export const ZActivityCursor = filters.cursor.unwrap();

export const ZActivityListQuery = z
  .object({
    when: filters.when.meta({
      description:
        "upcoming: not over yet, soonest first (the default). past: over, latest first. An activity without an end is over after its first day.",
    }),
    kind: filters.kind.meta({ description: "Only activities of this kind." }),
    theme: filters.theme.meta({
      description: "Only activities tagged with this theme (its slug).",
      examples: ["labour-migration"],
    }),
    region: z
      .enum(REGIONS)
      .optional()
      .meta({ description: "Only activities hosted by an RCP of this region." }),
    rcp: filters.rcp.meta({
      description: "Only activities this RCP hosts (its slug), alone or jointly.",
      examples: ["bali-process"],
    }),
    country: filters.country.meta({
      description: "Only activities held in this country: ISO 3166-1 alpha-2 code, upper case.",
      examples: ["TH"],
    }),
    from: filters.from.meta({
      ...day,
      description: "Only activities starting on or after this day (YYYY-MM-DD).",
    }),
    to: filters.to.meta({
      ...day,
      description: "Only activities starting on or before this day (YYYY-MM-DD).",
    }),
    limit: pageLimit(ACTIVITY_PAGE.default, ACTIVITY_PAGE.max),
    cursor: cursorParam(ZActivityCursor),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.to < query.from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "is before from" });
    }
  });

export type TActivityListQuery = z.infer<typeof ZActivityListQuery>;

const ZHost = z.object({
  slug: ZSlug.meta({ examples: ["bali-process"] }),
  shortName: z
    .object({ en: z.string(), fr: z.string(), es: z.string() })
    .meta({ description: "The host's short name in each language." }),
});

export const ZActivitySummary = z.object({
  slug: ZSlug.meta({ description: "Its stable identifier, used in every address." }),
  title: ZApiLocalizedText,
  kind: z.enum(ACTIVITY_KINDS),
  status: z
    .enum(ACTIVITY_STATUSES)
    .meta({ description: "A cancelled activity stays listed, with this status." }),
  start: ZPartialDate.meta({
    description:
      "The first day (or month, or year, as the source gives it), in the activity's own time zone.",
  }),
  end: ZPartialDate.nullable().meta({
    description: "The last day (or month, or year); null for a one-day activity.",
  }),
  startsAt: ZDateTime.nullable().meta({ description: "The exact start, when times were given." }),
  endsAt: ZDateTime.nullable().meta({ description: "The exact end, when times were given." }),
  timeZone: z
    .string()
    .nullable()
    .meta({ description: "The IANA time zone its times are given in.", examples: ["Asia/Bangkok"] }),
  location: z
    .string()
    .nullable()
    .meta({ examples: ["Bangkok"] }),
  country: z
    .string()
    .nullable()
    .meta({ description: "ISO 3166-1 alpha-2 code of the country it is held in.", examples: ["TH"] }),
  isOnline: z.boolean(),
  hosts: z
    .array(ZHost)
    .meta({ description: "The RCPs that hold it together (owner and accepted co-hosts)." }),
});

export const ZActivityDetail = ZActivitySummary.extend({
  summary: ZApiLocalizedText.meta({
    description:
      "The description per language, in a small Markdown subset: paragraphs, **bold**, *italic*, lists, [links](https://…).",
  }),
  themes: z.array(z.object({ slug: ZSlug, label: ZApiLocalizedText })),
  workingLanguages: z
    .array(z.string())
    .meta({ description: "ISO 639-1 codes of the languages it is held in.", examples: [["en", "fr"]] }),
  contact: z.string().nullable(),
  version: z.number().int().meta({ description: "Goes up by one at every change." }),
  updatedAt: ZDateTime.meta({ description: "When it last changed." }),
});

export const ZActivityListResponse = z.object({ data: z.array(ZActivitySummary), nextCursor: ZNextCursor });
export const ZActivityResponse = z.object({ data: ZActivityDetail });

export type TActivitySummary = z.infer<typeof ZActivitySummary>;
export type TActivityDetail = z.infer<typeof ZActivityDetail>;
export type TActivityListResponse = z.infer<typeof ZActivityListResponse>;
