import { z } from "zod";

/** How often a person gets mail about their peers; WEEKLY unless they chose otherwise. */
export const EMAIL_FREQUENCIES = ["OFF", "IMMEDIATE", "DAILY", "WEEKLY"] as const;
export const ZEmailFrequency = z.enum(EMAIL_FREQUENCIES);
export type TEmailFrequency = z.infer<typeof ZEmailFrequency>;

export const ZSaveEmailPreference = z.object({ frequency: ZEmailFrequency }).strict();
export type TSaveEmailPreference = z.infer<typeof ZSaveEmailPreference>;

/** An unsubscribe link's token; its shape and signature are checked on the server. */
export const ZUnsubscribeTokenInput = z.object({ token: z.string().min(1).max(200) }).strict();
