import "server-only";
import { getSessionUser } from "~/server/auth/session";
import { db } from "~/server/db";
import type { TContext } from "./trpc";

export async function createTRPCContext(): Promise<TContext> {
  return { db, user: await getSessionUser() };
}
