import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { TSessionUser } from "~/server/auth/session";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";

export type TContext = {
  db: TDb;
  user: TSessionUser | null;
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

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new DomainError("UNAUTHORIZED");
  return next({ ctx: { user: ctx.user } });
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  // ctx.user is re-read from the database for every request (see getSessionUser).
  if (ctx.user.platformRole !== "ADMIN") throw new DomainError("FORBIDDEN");
  return next({ ctx: { user: ctx.user } });
});
