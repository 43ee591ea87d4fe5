// The RCPs as the public read API gives them: the directory (paginated) and one profile.
import { z } from "zod";
import { REGIONS } from "~/domain/rcp/regions";
import { ZSlug } from "~/lib/record-id";
import { pageLimit, ZApiLocalizedText, ZDateTime, ZNextCursor, ZPartialDate } from "./common";
import { cursorParam } from "./cursor";

export const RCP_PAGE = { default: 50, max: 100 } as const;

export const ZRcpCursor = z.object({ slug: ZSlug }).strict();

export const ZRcpListQuery = z
  .object({ limit: pageLimit(RCP_PAGE.default, RCP_PAGE.max), cursor: cursorParam(ZRcpCursor) })
  .strict();

const ZNameForms = z.object({
  name: z.string().meta({ description: "The full name.", examples: ["Budapest Process"] }),
  shortName: z.string().meta({ description: "The name it usually goes by.", examples: ["Budapest Process"] }),
  acronym: z
    .string()
    .nullable()
    .meta({ description: "Its acronym, if it has one.", examples: ["MIDSA"] }),
});

export const ZRcpNames = z.object({ en: ZNameForms, fr: ZNameForms, es: ZNameForms }).meta({
  description: "The names in each language; where a language has no official form, the English one.",
});

export const ZRcpSummary = z.object({
  slug: ZSlug.meta({
    description: "Its stable identifier, used in every address.",
    examples: ["bali-process"],
  }),
  names: ZRcpNames,
  region: z.enum(REGIONS).meta({ description: "The world region it works in." }),
  yearEstablished: z
    .number()
    .int()
    .meta({ examples: [2002] }),
  secretariatKind: z
    .enum(["FIXED", "ROTATING", "NONE"])
    .meta({ description: "A permanent secretariat, one that rotates with the chair, or none." }),
  website: z.string().nullable(),
});

const ZParticipant = z.object({
  code: z.string().meta({
    description: "ISO 3166-1 alpha-2 code for a state or territory; a stable identifier for an organisation.",
    examples: ["TH", "iom"],
  }),
  kind: z.enum(["STATE", "TERRITORY", "ORGANISATION"]),
  name: z
    .object({ en: z.string(), fr: z.string(), es: z.string() })
    .meta({ description: "Its name in each language (organisations: with their acronym)." }),
});

export const ZRcpProfile = ZRcpSummary.extend({
  otherNames: z.array(z.string()).meta({ description: "Other names it has been known by." }),
  description: ZApiLocalizedText,
  secretariat: z.object({
    kind: ZRcpSummary.shape.secretariatKind,
    text: ZApiLocalizedText.nullable(),
    hosts: z.array(ZParticipant).meta({ description: "Who hosts the secretariat." }),
  }),
  themes: z.array(
    z.object({
      slug: ZSlug,
      kind: z.enum(["MAIN_AREA", "PRIORITY"]),
      label: ZApiLocalizedText,
    }),
  ),
  memberships: z
    .array(
      z.object({
        participant: ZParticipant,
        role: z.enum(["MEMBER", "OBSERVER", "PARTNER", "PARTICIPANT"]),
        start: ZPartialDate.nullable(),
        end: ZPartialDate.nullable().meta({
          description: "The last day, month or year; null while it lasts.",
        }),
      }),
    )
    .meta({ description: "Its members, observers, partners and participants, past and present." }),
  updatedAt: ZDateTime.meta({ description: "When the profile last changed." }),
});

export const ZRcpListResponse = z.object({ data: z.array(ZRcpSummary), nextCursor: ZNextCursor });
export const ZRcpResponse = z.object({ data: ZRcpProfile });

export type TRcpSummary = z.infer<typeof ZRcpSummary>;
export type TRcpProfile = z.infer<typeof ZRcpProfile>;
export type TRcpListResponse = z.infer<typeof ZRcpListResponse>;
