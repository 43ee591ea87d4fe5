import { ZFeedListInput } from "~/domain/peer-event/feed-schema";
import { listPeerFeed } from "~/server/peer-event/feed";
import { protectedProcedure } from "../../trpc";

/** A page of what the reader's peers and follows did, each item with why it is shown. */
export const listFeed = protectedProcedure
  .input(ZFeedListInput)
  .query(({ ctx, input }) => listPeerFeed(ctx.db, ctx.access, input));
