import { z } from "zod";
import { ZEditableProfile, ZVersion } from "~/domain/rcp/profile-schema";
import { saveProfile } from "~/server/rcp/mutations";
import { rcpEditorProcedure } from "../../trpc";

/** Saves the whole profile, based on `version`; a save based on an older version is a CONFLICT. */
export const updateRcp = rcpEditorProcedure
  .input(z.object({ version: ZVersion, data: ZEditableProfile }))
  .mutation(({ ctx, input }) =>
    saveProfile(ctx.db, {
      rcpId: ctx.rcp.id,
      baseVersion: input.version,
      data: input.data,
      actorId: ctx.user.id,
    }),
  );
