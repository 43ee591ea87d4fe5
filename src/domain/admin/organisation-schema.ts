import { z } from "zod";
import { line, optional, ZId } from "./fields";

/** An organisation's acronym as French and Spanish readers know it (OIM, HCR / ACNUR); empty: the English one. */
export const ZOrganisationAcronyms = z.object({ fr: optional(line(30)), es: optional(line(30)) }).strict();
export type TOrganisationAcronymsForm = z.input<typeof ZOrganisationAcronyms>;
export type TOrganisationAcronyms = z.output<typeof ZOrganisationAcronyms>;

export const ZUpdateOrganisationAcronymsInput = z.object({ id: ZId, data: ZOrganisationAcronyms });
export type TUpdateOrganisationAcronymsInput = z.output<typeof ZUpdateOrganisationAcronymsInput>;
