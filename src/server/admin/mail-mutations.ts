import { recordAudit } from "~/server/audit/record";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { wakeMailDelivery } from "~/server/jobs/wake";
import type { TAccess } from "~/server/user/access";

/**
 * One more try, now, of a message that failed or waits for its next try. Its attempts are kept, so
 * a message that fails again after the last try is FAILED again at once rather than retried for hours.
 */
export async function retryMail(db: TDb, access: TAccess, id: string) {
  const message = await db.$transaction(async (tx) => {
    const { count } = await tx.mailDelivery.updateMany({
      where: { id, status: { in: ["FAILED", "QUEUED"] } },
      data: { status: "QUEUED", nextAttemptAt: new Date() },
    });
    if (count === 0) {
      const exists = await tx.mailDelivery.count({ where: { id } });
      throw exists ? new DomainError("CONFLICT", "mailNotRetryable") : new DomainError("NOT_FOUND");
    }
    const retried = await tx.mailDelivery.findUniqueOrThrow({
      where: { id },
      select: { id: true, to: true, status: true, attempts: true, nextAttemptAt: true },
    });
    // The recipient names the message in the log, as an account's email names the account.
    await recordAudit(tx, {
      actorId: access.userId,
      action: "mail.retry",
      targetType: "mail",
      targetId: id,
      details: { email: retried.to },
    });
    return retried;
  });
  await wakeMailDelivery();
  return message;
}
