import { z } from "zod";
import { REGIONS } from "~/domain/rcp/regions";
import { choice, line, optional, paragraphs, requiredLine, ZId } from "./fields";

export const SECRETARIAT_KINDS = ["FIXED", "ROTATING", "NONE"] as const;

/** The first RCPs date from the 1980s; a founding year before 1900 or in the future is a typo. */
export const FIRST_YEAR = 1900;

/** A year, as a number (procedure calls) or as typed into a form's field. */
const ZYear = z
  .union(
    [
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d{1,4}$/)
        .transform(Number),
    ],
    { error: "yearInvalid" },
  )
  .pipe(
    z
      .number({ error: "yearInvalid" })
      .int({ error: "yearInvalid" })
      .min(FIRST_YEAR, { error: "yearRange" })
      .refine((year) => year <= new Date().getUTCFullYear(), { error: "yearRange" }),
  );

export const ZRcpSlugField = requiredLine(100).refine((value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value), {
  error: "slugFormat",
});

export const ZCreateRcpInput = z.object({
  slug: ZRcpSlugField,
  name: requiredLine(300),
  shortName: requiredLine(100),
  acronym: optional(line(30)),
  yearEstablished: ZYear,
  region: choice(REGIONS),
  secretariatKind: choice(SECRETARIAT_KINDS),
  /** In English; translations are added with the rest of the profile. */
  description: optional(paragraphs(5000)),
});
export type TCreateRcpForm = z.input<typeof ZCreateRcpInput>;
export type TCreateRcpInput = z.output<typeof ZCreateRcpInput>;

export const ZRcpIdInput = z.object({ rcpId: ZId });
