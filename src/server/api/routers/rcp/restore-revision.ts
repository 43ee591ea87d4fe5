import { z } from "zod";
import { ZVersion } from "~/domain/rcp/profile-schema";
import { restoreRevision as restoreRevisionData } from "~/server/rcp/mutations";
import { rcpEditorProcedure } from "../../trpc";

/** Makes an earlier version current again, as a new version based on `version`. */
export const restoreRevision = rcpEditorProcedure
  .input(z.object({ version: ZVersion, revisionVersion: ZVersion }))
  .mutation(({ ctx, input }) =>
    restoreRevisionData(ctx.db, {
      rcpId: ctx.rcp.id,
      baseVersion: input.version,
      revisionVersion: input.revisionVersion,
      actorId: ctx.user.id,
    }),
  );
