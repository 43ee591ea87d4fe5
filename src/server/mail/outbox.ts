import type { TDb } from "~/server/db-client";

export const OUTBOX_PAGE_SIZE = 20;

/** One page of the dev outbox, newest first; a page past the end shows the last one. */
export async function listOutbox(db: TDb, requestedPage: number) {
  const total = await db.outboxMessage.count();
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const messages = await db.outboxMessage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
  return { total, page, pages, messages };
}
