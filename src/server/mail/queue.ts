// Mail that reports a change is queued in the change's own transaction: it exists exactly when the
// change committed, and its key (naming the change) keeps a retried request from queueing it twice.
// The job queue delivers it (src/server/jobs).
import type { TDb, TTx } from "~/server/db-client";
import type { TMailHeaders, TMailMessage } from "./mailer";

export type TQueuedMail = Omit<TMailMessage, "html"> & {
  /** Names the change and the recipient, e.g. `registration:<id>:confirmed:<email>`. */
  idempotencyKey: string;
  html?: string;
  headers?: TMailHeaders;
};

/** Queues each message once per key. Returns how many were new (a repeated key is not an error). */
export async function queueMail(db: TDb | TTx, messages: readonly TQueuedMail[]): Promise<number> {
  if (messages.length === 0) return 0;
  const { count } = await db.mailDelivery.createMany({
    data: messages.map((message) => ({
      idempotencyKey: message.idempotencyKey,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      ...(message.headers ? { headers: message.headers } : {}),
    })),
    skipDuplicates: true,
  });
  return count;
}
