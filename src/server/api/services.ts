import type { TContext } from "./trpc";

/** Mail and attempt limits of the request; a caller built without them is a programming error. */
export function requireServices(ctx: TContext) {
  if (!ctx.mailer || !ctx.limits) {
    throw new Error("This procedure sends mail: call it with a context from createTRPCContext.");
  }
  return { mailer: ctx.mailer, limits: ctx.limits, clientIp: ctx.clientIp ?? "unknown" };
}
