import "server-only";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { createTRPCContext } from "~/server/api/context";
import { appRouter, createCaller } from "~/server/api/root";
import { getSession, type TSessionUser } from "~/server/auth/session";
import { db } from "~/server/db";
import { makeQueryClient } from "./query-client";

export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({
  ctx: createTRPCContext,
  router: appRouter,
  queryClient: getQueryClient,
});

/** For public pages that must stay cacheable: a caller that reads no cookies. */
export const publicCaller = createCaller({ db, user: null });

/** A caller with everything a request to /api/trpc gets: its user, mailer, limits and address. */
export const requestCaller = cache(async () => createCaller(await createTRPCContext()));

/**
 * For signed-in pages: a caller acting as the user the page already resolved (see requireUser),
 * with the access the same request's session read already holds.
 */
export const callerFor = (user: TSessionUser) =>
  createCaller(async () => {
    const session = await getSession();
    return { db, user, access: session?.user.id === user.id ? session.access : undefined };
  });
