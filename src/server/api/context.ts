import "server-only";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { env } from "~/env";
import { appAuthLimits } from "~/server/auth/app-limits";
import { getSession } from "~/server/auth/session";
import {
  isDatabaseAvailable,
  isDatabaseUnreachableError,
  reportDatabaseUnreachable,
} from "~/server/database-availability";
import { db } from "~/server/db";
import { clientIp } from "~/server/http/client-ip";
import { appMailer } from "~/server/mail/app-mailer";
import { appStorage } from "~/server/storage/app-storage";
import type { TContext } from "./trpc";

export async function createTRPCContext(): Promise<TContext> {
  // With the database known to be down, every procedure would fail: refuse at once.
  if (!(await isDatabaseAvailable())) throw databaseUnavailable();
  const requestHeaders = await headers();
  const session = await getSession().catch((error: unknown) => {
    if (!isDatabaseUnreachableError(error)) throw error;
    reportDatabaseUnreachable();
    throw databaseUnavailable(error);
  });
  return {
    db,
    user: session?.user ?? null,
    access: session?.access,
    clientIp: clientIp(requestHeaders.get("x-forwarded-for"), env.TRUSTED_PROXY_HOPS),
    mailer: appMailer(),
    limits: appAuthLimits(),
    storage: appStorage(),
  };
}

function databaseUnavailable(cause?: unknown): TRPCError {
  return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "SERVICE_UNAVAILABLE", cause });
}
