// A document's description as a host enters it: one schema for the upload form, the upload route
// and the metadata edit, so all three apply the same rules.
import { z } from "zod";
import { VISIBILITIES } from "~/domain/activity/vocabulary";
import { WORKING_LANGUAGES } from "~/domain/activity/working-languages";
import { parseLocalDate } from "~/domain/activity/local-time";
import { singleLineText } from "~/lib/plain-text";
import { ZRecordId } from "~/lib/record-id";
import { DOCUMENT_KINDS, DOCUMENT_LIMITS } from "./vocabulary";

export const ZDocumentMetadata = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    title: singleLineText().min(1, "titleRequired").max(DOCUMENT_LIMITS.title),
    language: z.enum(WORKING_LANGUAGES),
    /** "" when the document carries no date of its own. */
    date: z.string().refine((value) => value === "" || parseLocalDate(value) !== null, {
      params: { key: "date" },
    }),
    visibility: z.enum(VISIBILITIES),
  })
  .strict();
export type TDocumentMetadata = z.infer<typeof ZDocumentMetadata>;

// Not strict: procedures add their own fields to it (tRPC merges chained inputs).
export const ZDocumentRefInput = z.object({ documentId: ZRecordId });
