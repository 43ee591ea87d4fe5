import { z } from "zod";
import { listOutbox as listOutboxPage } from "~/server/mail/outbox";
import { devOutboxProcedure } from "../../trpc";

/** A page of the mail a local run kept instead of sending, newest first. */
export const listOutbox = devOutboxProcedure
  .input(z.object({ page: z.number().int().min(1).max(100_000).default(1) }))
  .query(({ ctx, input }) => listOutboxPage(ctx.db, input.page));
