import { DomainError } from "~/server/errors";
import { readEditable, readEditVocabulary } from "~/server/rcp/editable";
import { canEditProfile } from "~/server/rcp/policy";
import { rcpProcedure } from "../../trpc";

/** The profile in the shape of the edit form, its version, and whether the caller may save it. */
export const getEditable = rcpProcedure.query(async ({ ctx }) => {
  const [editable, vocabulary] = await Promise.all([
    readEditable(ctx.db, ctx.rcp.id),
    readEditVocabulary(ctx.db),
  ]);
  if (!editable) throw new DomainError("NOT_FOUND");
  return { ...editable, canEdit: canEditProfile(ctx.access, ctx.rcp.id), vocabulary };
});
