import "server-only";
import { headers } from "next/headers";
import { env } from "~/env";
import { appAuthLimits } from "~/server/auth/app-limits";
import { getSession } from "~/server/auth/session";
import { db } from "~/server/db";
import { clientIp } from "~/server/http/client-ip";
import { appMailer } from "~/server/mail/app-mailer";
import { appStorage } from "~/server/storage/app-storage";
import type { TContext } from "./trpc";

export async function createTRPCContext(): Promise<TContext> {
  const requestHeaders = await headers();
  const session = await getSession();
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
