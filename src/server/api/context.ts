import "server-only";
import { headers } from "next/headers";
import { env } from "~/env";
import { appAuthLimits } from "~/server/auth/app-limits";
import { getSessionUser } from "~/server/auth/session";
import { db } from "~/server/db";
import { clientIp } from "~/server/http/client-ip";
import { appMailer } from "~/server/mail/app-mailer";
import type { TContext } from "./trpc";

export async function createTRPCContext(): Promise<TContext> {
  const requestHeaders = await headers();
  return {
    db,
    user: await getSessionUser(),
    clientIp: clientIp(requestHeaders.get("x-forwarded-for"), env.TRUSTED_PROXY_HOPS),
    mailer: appMailer(),
    limits: appAuthLimits(),
  };
}
