import { getMe as getMeData } from "~/server/user/data";
import { protectedProcedure } from "../../trpc";

export const getMe = protectedProcedure.query(({ ctx }) => getMeData(ctx.db, ctx.user.id));
