import "server-only";
import { env } from "~/env";
import { db } from "~/server/db";
import { createOutboxMailer, createSmtpMailer, createUnconfiguredMailer, type TMailer } from "./mailer";

const globalForMail = globalThis as unknown as { mailer?: TMailer };

/** The app's mailer: the dev outbox when DEV_OUTBOX is on, otherwise SMTP_URL. One per process. */
export function appMailer(): TMailer {
  globalForMail.mailer ??= build();
  return globalForMail.mailer;
}

function build(): TMailer {
  // env.ts requires NEXTAUTH_URL in production; a local run falls back to Next's default port.
  const appUrl = env.NEXTAUTH_URL ?? "http://localhost:3000";
  if (env.DEV_OUTBOX) return createOutboxMailer({ db, appUrl });
  if (env.SMTP_URL) return createSmtpMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, appUrl });
  return createUnconfiguredMailer(appUrl);
}
