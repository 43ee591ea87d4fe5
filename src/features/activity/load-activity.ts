import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isSlug } from "~/lib/record-id";
import { publicCaller, requestCaller } from "~/trpc/server";

type TReader = "public" | "request";

/**
 * An activity for its page as the reader may see it, or the 404 page: a malformed slug, a
 * missing activity and one the reader may not see all end the same way, so a 404 tells nothing.
 * "public" reads as nobody (for the cached page, which every visitor gets); "request" as the
 * signed-in reader of this request. Cached per request: the title and the page ask once.
 */
export const loadActivity = cache(async (slug: string, reader: TReader) => {
  if (!isSlug(slug)) notFound();
  const caller = reader === "public" ? publicCaller : await requestCaller();
  try {
    return await caller.activity.get({ slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
});

export type TLoadedActivity = Awaited<ReturnType<typeof loadActivity>>;
