import "server-only";
import { TRPCError } from "@trpc/server";
import { publicCaller } from "~/trpc/server";

/** The invitation behind a link, or null when the link is not one of ours. */
export async function loadInvitation(token: string) {
  try {
    return await publicCaller.invitation.get({ token });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  }
}
