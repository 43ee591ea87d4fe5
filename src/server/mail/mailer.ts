import nodemailer from "nodemailer";
import type { TDb } from "~/server/db-client";

export type TMailMessage = { to: string; subject: string; text: string; html: string };

/** Extra header lines, by name (List-Unsubscribe and the like). */
export type TMailHeaders = Readonly<Record<string, string>>;

/** What a transport sends: queued mail may have no HTML part. */
export type TOutgoingMail = Omit<TMailMessage, "html"> & { html?: string; headers?: TMailHeaders };

/** Sends the platform's mail. `appUrl` is the public address links in messages point to. */
export type TMailer = {
  appUrl: string;
  send: (message: TOutgoingMail) => Promise<void>;
  /** Keeps the mail in the database instead of sending it: only then does the dev outbox exist. */
  isOutbox?: boolean;
};

/** Absolute link into the app, from NEXTAUTH_URL (which may carry a path prefix). */
export function appLink(appUrl: string, path: string): string {
  return `${appUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

export function createSmtpMailer(options: { smtpUrl: string; from: string; appUrl: string }): TMailer {
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    appUrl: options.appUrl,
    send: async (message) => {
      await transport.sendMail({ from: options.from, ...message });
    },
  };
}

/** Local runs without a mail server: the message is kept in the database, readable at /dev/outbox. */
export function createOutboxMailer(options: { db: TDb; appUrl: string }): TMailer {
  return {
    appUrl: options.appUrl,
    isOutbox: true,
    // The outbox keeps what a reader sees; headers are for mail clients.
    send: async ({ headers: _headers, ...message }) => {
      await options.db.outboxMessage.create({ data: message, select: { id: true } });
    },
  };
}

/** Neither SMTP_URL nor DEV_OUTBOX: refuse loudly rather than drop an invitation silently. */
export function createUnconfiguredMailer(appUrl: string): TMailer {
  return {
    appUrl,
    send: () =>
      Promise.reject(new Error("No mail transport: set SMTP_URL, or DEV_OUTBOX=true for a local run.")),
  };
}
