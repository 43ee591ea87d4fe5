import { ZUpdateOrganisationAcronymsInput } from "~/domain/admin/organisation-schema";
import { updateOrganisationAcronyms as update } from "~/server/admin/organisation-mutations";
import { adminProcedure } from "../../trpc";

/** Sets the French and Spanish acronyms of an organisation (OIM, HCR / ACNUR). */
export const updateOrganisationAcronyms = adminProcedure
  .input(ZUpdateOrganisationAcronymsInput)
  .mutation(({ ctx, input }) => update(ctx.db, ctx.access, input));
