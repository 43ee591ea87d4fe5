import { z } from "zod";

/** An event's id as text (a BIGINT may exceed a JavaScript number); at most 18 digits fits it. */
export const ZEventId = z
  .string()
  .regex(/^[1-9][0-9]{0,17}$/, "is not a valid id")
  .transform((value) => BigInt(value));

export const ZNotificationListInput = z
  .object({
    cursor: ZEventId.optional(),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .default({ limit: 20 });

export const ZMarkReadInput = z.object({ eventId: ZEventId });
