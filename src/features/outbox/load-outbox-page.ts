import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { requestCaller } from "~/trpc/server";

/**
 * The dev outbox exists only when DEV_OUTBOX is on, and only for platform administrators (the
 * procedure decides): anyone else, signed in or not, gets the 404 of a page that does not exist.
 */
export async function loadOutboxPage(pageParam: string | string[] | undefined) {
  const requested = Number(typeof pageParam === "string" ? pageParam : "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 100_000 ? requested : 1;
  try {
    return await (await requestCaller()).admin.listOutbox({ page });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "NOT_FOUND"))
      notFound();
    throw error;
  }
}
