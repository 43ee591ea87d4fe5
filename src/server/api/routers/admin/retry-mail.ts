import { ZRetryMailInput } from "~/domain/admin/mail-schema";
import { retryMail as retry } from "~/server/admin/mail-mutations";
import { adminProcedure } from "../../trpc";

/** Tries a failed or waiting message again now. */
export const retryMail = adminProcedure
  .input(ZRetryMailInput)
  .mutation(({ ctx, input }) => retry(ctx.db, ctx.access, input.id));
