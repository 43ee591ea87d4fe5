import "server-only";
import { notFound } from "next/navigation";
import { env } from "~/env";
import { canReadDevOutbox } from "~/server/admin/policy";
import { getSession } from "~/server/auth/session";
import { db } from "~/server/db";
import { listOutbox } from "~/server/mail/outbox";

/**
 * The dev outbox holds live invitation and reset links, so it exists only when DEV_OUTBOX is on,
 * and only for platform administrators (rights re-read from the database): anyone else gets the
 * same 404 as for a page that does not exist.
 */
export async function loadOutboxPage(pageParam: string | string[] | undefined) {
  const access = (await getSession())?.access ?? null;
  if (!canReadDevOutbox(access, env.DEV_OUTBOX)) notFound();
  const page = Number(typeof pageParam === "string" ? pageParam : "1");
  return listOutbox(db, Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1);
}
