import { z } from "zod";
import { RECORD_ID_PATTERN } from "~/lib/record-id";
import { locales } from "~/i18n/routing";

export const FOLLOW_TARGET_TYPES = ["RCP", "THEME", "COUNTRY"] as const;
export type TFollowTargetType = (typeof FOLLOW_TARGET_TYPES)[number];

/**
 * What to follow: a process or a theme by id, a country by its ISO code (any case). Whether it
 * exists is the server's to say; this only keeps text the database cannot compare from reaching it.
 */
export const ZFollowTargetInput = z.object({
  targetType: z.enum(FOLLOW_TARGET_TYPES),
  targetId: z.string().trim().regex(RECORD_ID_PATTERN, "is not a valid id"),
});
export type TFollowTargetInput = z.infer<typeof ZFollowTargetInput>;

export const ZFollowListInput = z.object({ locale: z.enum(locales) });
