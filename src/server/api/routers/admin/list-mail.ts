import { ZListMailInput } from "~/domain/admin/mail-schema";
import { listMail as listMailPage } from "~/server/admin/mail-data";
import { adminProcedure } from "../../trpc";

/** Mail not delivered: failed (given up) or waiting (queued, retrying); recipients and subjects, never bodies. */
export const listMail = adminProcedure
  .input(ZListMailInput)
  .query(({ ctx, input }) => listMailPage(ctx.db, input));
