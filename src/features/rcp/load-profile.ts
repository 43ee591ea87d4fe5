import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { publicCaller } from "~/trpc/server";

/** The profile for a page, or the localized 404 for an unknown or malformed slug. */
export async function loadProfile(slug: string) {
  try {
    return await publicCaller.rcp.get({ slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
