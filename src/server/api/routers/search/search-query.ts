import { ZSearchInput } from "~/domain/search/schema";
import { search } from "~/server/search/query";
import { readerProcedure } from "../../trpc";

/** A page of what the caller may see that matches the words, ranked, with the matches marked. */
export const searchQuery = readerProcedure
  .input(ZSearchInput)
  .query(({ ctx, input }) => search(ctx.db, ctx.viewer, input));
