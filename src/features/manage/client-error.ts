import { TRPCClientError } from "@trpc/client";

export type TClientError = { code: string | null; message: string; details: unknown };

/** What the server said about a failed call (see errorFormatter in server/api/trpc.ts). */
export function clientError(error: unknown): TClientError {
  if (!(error instanceof TRPCClientError)) return { code: null, message: "", details: undefined };
  const data: unknown = error.data;
  const shape =
    typeof data === "object" && data !== null ? (data as { code?: unknown; details?: unknown }) : {};
  return {
    code: typeof shape.code === "string" ? shape.code : null,
    message: error.message,
    details: shape.details,
  };
}
