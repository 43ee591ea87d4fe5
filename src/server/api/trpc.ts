import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { TAuthLimits } from "~/server/auth/rate-limit";
import type { TSessionUser } from "~/server/auth/session";
import type { TDb } from "~/server/db-client";
import { ZCreateInvitationInput, ZInvitationIdInput } from "~/domain/invitation/schema";
import { ZActivityRefInput } from "~/domain/activity/schema";
import { ZRcpSlugInput } from "~/domain/rcp/schema";
import { ZRecordId } from "~/lib/record-id";
import { findActivityAudience } from "~/server/activity/audience";
import { canManageActivity, canSeeActivity } from "~/server/activity/policy";
import { canReadDevOutbox } from "~/server/admin/policy";
import { wakeMailDelivery } from "~/server/jobs/wake";
import { isDatabaseUnreachableError, reportDatabaseUnreachable } from "~/server/database-availability";
import { DomainError } from "~/server/errors";
import { findInvitationTarget } from "~/server/invitation/data";
import { invitationDecision, manageInvitationDecision } from "~/server/invitation/policy";
import { findMalformedText } from "./malformed-text";
import type { TMailer } from "~/server/mail/mailer";
import type { TFileStorage } from "~/server/storage/storage";
import { isAdmin, rcpRoleOf } from "~/server/rcp/policy";
import { findRcpBySlug } from "~/server/rcp/staff";
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
  /** Where documents' files are kept: set for requests (context.ts) and the tests that need it. */
  storage?: TFileStorage;
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

// superjson refuses to send an object with these keys (prototype pollution), which would turn a
// field error into a 500: such a field's errors are the form's.
const UNSENDABLE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function fieldErrors(error: ZodError): Record<string, string[]> {
  // A Map, as field names come from the input: "toString" is a key like any other.
  const result = new Map<string, string[]>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    const key = path && !UNSENDABLE_KEYS.has(path) ? path : "_";
    result.set(key, [...(result.get(key) ?? []), issue.message]);
  }
  return Object.fromEntries(result);
}

/**
 * DomainError → TRPCError, once for every procedure; a database out of reach → 503; anything else
 * becomes an opaque 500.
 */
const errorMapping = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) {
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  if (isDatabaseUnreachableError(cause)) {
    reportDatabaseUnreachable();
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "SERVICE_UNAVAILABLE", cause });
  }
  if (result.error.code === "INTERNAL_SERVER_ERROR") {
    console.error(`tRPC ${path} failed`, cause ?? result.error);
  }
  return result;
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/**
 * Input text that is not well-formed Unicode is refused before any procedure reads it, as a
 * validation error on its field (see malformed-text.ts).
 */
const wellFormedInput = t.middleware(async ({ getRawInput, next }) => {
  const path = findMalformedText(await getRawInput());
  if (path) {
    // Made by zod itself, so the error is the ZodError (an Error) that field errors are read from.
    const { error } = z
      .unknown()
      .refine(() => false, { message: "invalidCharacters", path })
      .safeParse(undefined);
    throw new TRPCError({ code: "BAD_REQUEST", message: "invalidCharacters", cause: error });
  }
  return next();
});

/**
 * Mail a mutation queued (in its own transaction, now committed) leaves at once rather than at the
 * next one-minute sweep. Not awaited: the answer does not wait for the nudge, which never throws.
 */
const mailAfterCommit = t.middleware(async ({ type, next }) => {
  const result = await next();
  if (result.ok && type === "mutation") void wakeMailDelivery();
  return result;
});

export const publicProcedure = t.procedure.use(errorMapping).use(wellFormedInput).use(mailAfterCommit);

/**
 * Anyone, signed in or not: a signed-in caller's rights are read so that what they may see is
 * decided (`ctx.viewer`, null for anonymous callers and disabled accounts).
 */
export const readerProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const given = ctx.access?.userId === ctx.user?.id ? ctx.access : undefined;
  const viewer = ctx.user ? (given ?? (await loadAccessOnce(ctx.db, ctx.user.id))) : null;
  return next({ ctx: { viewer } });
});

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

/** rcpProcedure for an RCP named by its address (input `slug`), archived ones included. */
export const rcpBySlugProcedure = protectedProcedure
  .input(ZRcpSlugInput)
  .use(async ({ ctx, input, next }) => {
    const rcp = await findRcpBySlug(ctx.db, input.slug);
    const role = rcp ? rcpRoleOf(ctx.access, rcp.id) : null;
    if (!rcp || !role) throw new DomainError("NOT_FOUND");
    return next({ ctx: { rcp: { id: rcp.id, role } } });
  });

/** Issuing an invitation: editors to their own RCP, administrators anywhere and as administrators. */
export const invitingProcedure = protectedProcedure
  .input(ZCreateInvitationInput)
  .use(({ ctx, input, next }) => {
    const decision = invitationDecision(ctx.access, {
      rcpId: input.rcp?.rcpId ?? null,
      isPlatformAdmin: input.isPlatformAdmin,
    });
    if (decision !== "ALLOWED") throw new DomainError(decision);
    return next();
  });

/**
 * Resending or withdrawing an invitation (input `id`), for whoever could have issued it; to anyone
 * else it does not exist.
 */
export const invitationManagerProcedure = protectedProcedure
  .input(ZInvitationIdInput)
  .use(async ({ ctx, input, next }) => {
    const target = await findInvitationTarget(ctx.db, input.id);
    if (!target) throw new DomainError("NOT_FOUND");
    const decision = manageInvitationDecision(ctx.access, {
      rcpId: target.rcpId,
      isPlatformAdmin: target.platformRole === "ADMIN",
    });
    if (decision !== "ALLOWED") throw new DomainError(decision);
    return next({ ctx: { invitation: { id: target.id } } });
  });

/**
 * Managing an activity (input `activityId`): editors of its accepted hosts and administrators. To
 * whoever may not see it, it does not exist; whoever sees it but may not manage it is refused.
 */
export const activityManagerProcedure = protectedProcedure
  .input(ZActivityRefInput)
  .use(async ({ ctx, input, next }) => {
    const audience = await findActivityAudience(ctx.db, input.activityId);
    if (!audience || !canSeeActivity(ctx.access, audience)) throw new DomainError("NOT_FOUND");
    if (!canManageActivity(ctx.access, audience)) throw new DomainError("FORBIDDEN");
    return next({ ctx: { activity: { id: input.activityId } } });
  });

/**
 * The dev outbox holds live invitation and reset links: it exists only where the app keeps its
 * mail in the database (DEV_OUTBOX), and only for administrators. Anyone else gets NOT_FOUND.
 */
export const devOutboxProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!canReadDevOutbox(ctx.access, ctx.mailer?.isOutbox === true)) throw new DomainError("NOT_FOUND");
  return next();
});
