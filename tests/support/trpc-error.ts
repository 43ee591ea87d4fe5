import { TRPCError } from "@trpc/server";

/** The TRPCError a call is refused with; a call that succeeds, or fails otherwise, fails the test. */
export async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected a TRPCError");
}
