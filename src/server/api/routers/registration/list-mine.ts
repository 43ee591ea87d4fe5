import { readMyRegistrations } from "~/server/registration/data";
import { protectedProcedure } from "../../trpc";

/** The caller's own registrations. */
export const listMine = protectedProcedure.query(({ ctx }) => readMyRegistrations(ctx.db, ctx.user.id));
