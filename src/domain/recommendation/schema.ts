// What a recommendation and a follow-up entry are entered as: one schema for the forms and the
// server. Custom refusals carry their message key, which the forms translate per field.
import { z } from "zod";
import { ZVersion } from "~/domain/activity/schema";
import { parseLocalDate } from "~/domain/activity/local-time";
import { VISIBILITIES } from "~/domain/activity/vocabulary";
import { isIsoCountryCode } from "~/lib/participant-code";
import { multiLineText } from "~/lib/plain-text";
import { ZRecordId, ZSlug } from "~/lib/record-id";
import { parseNumberedList } from "./parse-list";
import {
  OPEN_STATUSES,
  RECOMMENDATION_LANGUAGES,
  RECOMMENDATION_LIMITS as LIMITS,
  RECOMMENDATION_STATUSES,
} from "./vocabulary";

const ZText = multiLineText().max(LIMITS.text, { message: "tooLong" });

/** Written in any of the three languages; at least one. */
export const ZRecommendationText = z
  .object({ en: ZText.optional(), fr: ZText.optional(), es: ZText.optional() })
  .strict()
  .superRefine((text, ctx) => {
    if (!text.en && !text.fr && !text.es) ctx.addIssue({ code: "custom", message: "textRequired" });
  });

const ZThemes = z
  .array(ZSlug)
  .max(LIMITS.themes, { message: "tooManyThemes" })
  .refine((slugs) => new Set(slugs).size === slugs.length, { message: "duplicateThemes" });

export const ZRecommendationNumber = z
  .number()
  .int({ message: "number" })
  .min(1, { message: "number" })
  .max(LIMITS.number, { message: "number" });

export const ZRecommendationFields = z
  .object({ number: ZRecommendationNumber, text: ZRecommendationText, themes: ZThemes })
  .strict();
export type TRecommendationFields = z.output<typeof ZRecommendationFields>;

export const ZDocumentIdInput = z.object({ documentId: ZRecordId });
export const ZRecommendationRef = z.object({ recommendationId: ZRecordId });

export const ZCreateRecommendationInput = z.object({ documentId: ZRecordId, data: ZRecommendationFields });
export const ZUpdateRecommendationInput = z.object({
  recommendationId: ZRecordId,
  version: ZVersion,
  data: ZRecommendationFields,
});
export const ZRemoveRecommendationInput = z.object({ recommendationId: ZRecordId, version: ZVersion });

/** A pasted list: checked as the preview shows it, so what the form accepts the server accepts. */
export const ZPasteInput = z.object({
  documentId: ZRecordId,
  language: z.enum(RECOMMENDATION_LANGUAGES),
  themes: ZThemes,
  text: z
    .string()
    .max(LIMITS.pasteChars, { message: "pasteTooLong" })
    .superRefine((text, ctx) => {
      const parsed = parseNumberedList(text);
      const fail = (message: string) => ctx.addIssue({ code: "custom", message });
      if (parsed.items.length === 0) return fail("noItems");
      if (parsed.items.length > LIMITS.pasteItems) return fail("tooManyItems");
      if (parsed.duplicates.length > 0) return fail("duplicateNumbers");
      if (parsed.items.some((item) => item.number < 1 || item.number > LIMITS.number)) return fail("number");
      if (parsed.items.some((item) => !item.text)) return fail("emptyItem");
      if (parsed.items.some((item) => item.text.length > LIMITS.text)) return fail("itemTooLong");
      if (parsed.items.some((item) => ZText.safeParse(item.text).success === false)) {
        return fail("invalidCharacters");
      }
    }),
});

/** "" or a link people can follow: http(s) only, so no script or file link is ever stored. */
const ZEvidenceUrl = z
  .string()
  .trim()
  .max(LIMITS.evidenceUrl, { message: "tooLong" })
  .refine((value) => value === "" || isWebLink(value), { message: "evidenceUrl" });

export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export const ZFollowUpFields = z
  .object({
    status: z.enum(RECOMMENDATION_STATUSES),
    /** The host process acting; the states named must be its current members. */
    rcpId: ZRecordId,
    memberStates: z
      .array(z.string().refine(isIsoCountryCode, { message: "memberStates" }))
      .max(LIMITS.memberStates, { message: "memberStates" })
      .refine((codes) => new Set(codes).size === codes.length, { message: "memberStates" }),
    evidenceText: multiLineText().max(LIMITS.evidenceText, { message: "tooLong" }),
    evidenceUrl: ZEvidenceUrl,
    evidenceDocumentId: z.union([z.literal(""), ZRecordId]),
    date: z.string().refine((value) => parseLocalDate(value) !== null, { message: "date" }),
    visibility: z.enum(VISIBILITIES),
  })
  .strict();
export type TFollowUpFields = z.output<typeof ZFollowUpFields>;

export const ZSetStatusInput = z.object({
  recommendationId: ZRecordId,
  version: ZVersion,
  data: ZFollowUpFields,
});

/** Keyset pages: the cursor is the id of the last row of the previous page. */
const ZCursor = ZRecordId.optional();

export const ZOpenByRcpInput = z.object({ slug: ZSlug, cursor: ZCursor });
export const ZByThemeInput = z.object({
  theme: ZSlug,
  status: z.enum(RECOMMENDATION_STATUSES).optional(),
  rcp: ZSlug.optional(),
  cursor: ZCursor,
});

export { OPEN_STATUSES };
