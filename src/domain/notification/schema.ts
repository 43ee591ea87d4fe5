import { z } from "zod";
import { locales, routing } from "~/i18n/routing";

/** An event's id as text (a BIGINT may exceed a JavaScript number); at most 18 digits fits it. */
export const ZEventId = z
  .string()
  .regex(/^[1-9][0-9]{0,17}$/, "is not a valid id")
  .transform((value) => BigInt(value));

export const ZNotificationListInput = z
  .object({
    cursor: ZEventId.optional(),
    limit: z.number().int().min(1).max(50).default(20),
    /** The language the events' sentences are worded in. */
    locale: z.enum(locales).default(routing.defaultLocale),
  })
  .default({ limit: 20, locale: routing.defaultLocale });

export const ZMarkReadInput = z.object({ eventId: ZEventId });
