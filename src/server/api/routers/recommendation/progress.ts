import { progressOf } from "~/server/recommendation/read";
import { documentReaderProcedure } from "./readers";

/** How many of a document's recommendations are in each status: the overview bar. */
export const progress = documentReaderProcedure.query(({ ctx }) =>
  progressOf(ctx.db, ctx.viewer, ctx.place.id, ctx.place.audience.hostRcpIds),
);
