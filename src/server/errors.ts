import type { TErrorCode, TErrorKey } from "~/domain/errors";

/**
 * The only error domain code throws. `code` decides the HTTP status; `message` is the code itself
 * or one of the keys the client translates (src/domain/errors.ts), so nothing else reaches it.
 * `details` are sent to the client as they are (tRPC's `error.data.details`): put nothing there
 * the caller may not see.
 */
export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: TErrorCode,
    message: TErrorCode | TErrorKey = code,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
