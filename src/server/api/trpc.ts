import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { TAuthLimits } from "~/server/auth/rate-limit";
import type { TSessionUser } from "~/server/auth/session";
import type { TDb } from "~/server/db-client";
import { ZRecordId } from "~/lib/record-id";
import { DomainError } from "~/server/errors";
import type { TMailer } from "~/server/mail/mailer";
import { isAdmin, rcpRoleOf } from "~/server/rcp/policy";
import { loadAccessOnce, type TAccess } from "~/server/user/access";

export type TContext = {
  db: TDb;
  user: TSessionUser | null;
  /** The user's access when it was read with the user (the session's query); else read on demand. */
  access?: TAccess;
  /** The request's client address, for per-address limits; absent outside an HTTP request. */
  clientIp?: string;
  /** Set for requests (context.ts) and tests; callers that only read public data need neither. */
  mailer?: TMailer;
  limits?: TAuthLimits;
};

const t = initTRPC.context<TContext>().create({
  transformer: superjson,
  // Stack traces never reach clients, in any environment.
  isDev: false,
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    message: error.code === "INTERNAL_SERVER_ERROR" ? "generic" : shape.message,
    data: {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      fieldErrors: error.cause instanceof ZodError ? fieldErrors(error.cause) : undefined,
      // What the client needs to act on a domain error, e.g. the current state after a CONFLICT.
      details: error.cause instanceof DomainError ? error.cause.details : undefined,
    },
  }),
});

function fieldErrors(error: ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (result[key] ??= []).push(issue.message);
  }
  return result;
}

/** DomainError → TRPCError, once for every procedure; anything else becomes an opaque 500. */
const errorMapping = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) {
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  if (result.error.code === "INTERNAL_SERVER_ERROR") {
    console.error(`tRPC ${path} failed`, cause ?? result.error);
  }
  return result;
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

export const publicProcedure = t.procedure.use(errorMapping);

/** Signed in, with the caller's rights re-read from the database for this request. */
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const given = ctx.access?.userId === ctx.user?.id ? ctx.access : undefined;
  const access = ctx.user ? (given ?? (await loadAccessOnce(ctx.db, ctx.user.id))) : null;
  if (!ctx.user || !access) throw new DomainError("UNAUTHORIZED");
  return next({ ctx: { user: ctx.user, access } });
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!isAdmin(ctx.access)) throw new DomainError("FORBIDDEN");
  return next();
});

/**
 * Work inside one RCP (input `rcpId`). A caller outside its secretariat gets NOT_FOUND, the same
 * answer as for an RCP that does not exist, so tenants cannot probe each other.
 */
export const rcpProcedure = protectedProcedure
  .input(z.object({ rcpId: ZRecordId }))
  .use(({ ctx, input, next }) => {
    const role = rcpRoleOf(ctx.access, input.rcpId);
    if (!role) throw new DomainError("NOT_FOUND");
    return next({ ctx: { rcp: { id: input.rcpId, role } } });
  });

export const rcpEditorProcedure = rcpProcedure.use(({ ctx, next }) => {
  if (ctx.rcp.role !== "EDITOR") throw new DomainError("FORBIDDEN");
  return next();
});
