export type TDomainErrorCode =
  "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS";

/**
 * The only error domain code throws. `code` decides the HTTP status; `message` is safe to show
 * and is a key of the "Errors" messages when the client should translate it. `details` are sent
 * to the client as they are (tRPC's `error.data.details`): put nothing there the caller may not see.
 */
export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: TDomainErrorCode,
    message: string = code,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
