// What search.query answers, strictly: a new field must be decided on, not leak by accident.
import { z } from "zod";

export const ZSearchHit = z
  .object({
    type: z.enum(["RCP", "ACTIVITY", "DOCUMENT", "COUNTRY"]),
    key: z.string().min(1),
    title: z.string(),
    snippet: z.string(),
    activitySlug: z.string().nullable(),
    date: z.date().nullable(),
  })
  .strict();

// isCapped says only that more activities and documents matched than are ranked: no count, no ids.
export const ZSearchPage = z
  .object({
    hits: z.array(ZSearchHit),
    page: z.number().int().min(1),
    hasNext: z.boolean(),
    isCapped: z.boolean(),
  })
  .strict();
