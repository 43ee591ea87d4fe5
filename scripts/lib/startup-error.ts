/** A start-up problem the user can fix; printed as one line without a stack trace. */
export class StartupError extends Error {
  override name = "StartupError";
}
