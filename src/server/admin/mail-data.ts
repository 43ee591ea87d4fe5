import type { Prisma } from "~/generated/prisma/client";
import { MAIL_PER_PAGE, type TListMailInput, type TMailView } from "~/domain/admin/mail-schema";
import type { TDb } from "~/server/db-client";
import { MAIL_MAX_ATTEMPTS } from "~/server/jobs/retry-policy";

const VIEW_WHERE: Record<TMailView, Prisma.MailDeliveryWhereInput> = {
  failed: { status: "FAILED" },
  waiting: { status: { in: ["QUEUED", "SENDING"] } },
};

/**
 * Mail the platform has not delivered, one page at a time: the most recent first. The body is never
 * read: it may carry a person's private link, which is theirs alone.
 */
export async function listMail(db: TDb, input: TListMailInput) {
  const [failed, waiting] = await Promise.all([
    db.mailDelivery.count({ where: VIEW_WHERE.failed }),
    db.mailDelivery.count({ where: VIEW_WHERE.waiting }),
  ]);
  const total = input.view === "failed" ? failed : waiting;
  const pages = Math.max(1, Math.ceil(total / MAIL_PER_PAGE));
  // A page past the end (mail sent meanwhile) shows the last one.
  const page = Math.min(input.page, pages);
  const messages = await db.mailDelivery.findMany({
    where: VIEW_WHERE[input.view],
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * MAIL_PER_PAGE,
    take: MAIL_PER_PAGE,
    select: {
      id: true,
      to: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      updatedAt: true,
      nextAttemptAt: true,
    },
  });
  return {
    view: input.view,
    counts: { failed, waiting },
    page,
    pages,
    maxAttempts: MAIL_MAX_ATTEMPTS,
    messages,
  };
}
