import { ZPasteInput } from "~/domain/recommendation/schema";
import { parseNumberedList } from "~/domain/recommendation/parse-list";
import { createRecommendations } from "~/server/recommendation/mutations";
import { documentWriterProcedure } from "./writers";

/** A pasted numbered list, parsed as the form's preview parses it; stored whole or not at all. */
export const createMany = documentWriterProcedure.input(ZPasteInput).mutation(({ ctx, input }) =>
  createRecommendations(ctx.db, {
    documentId: ctx.place.id,
    items: parseNumberedList(input.text).items,
    language: input.language,
    themes: input.themes,
    actorId: ctx.user.id,
  }),
);
