// Reads the mail the app sent to the end-to-end SMTP server (smtp-server.ts).
import { expect } from "@playwright/test";
import type { TReceivedMail } from "../../tests/support/smtp";

const mailboxUrl = `http://127.0.0.1:${process.env.E2E_MAILBOX_PORT ?? 3198}`;

/** Every message to `address` received so far, oldest first. */
export async function mailsTo(address: string): Promise<TReceivedMail[]> {
  const response = await fetch(`${mailboxUrl}/messages?to=${encodeURIComponent(address)}`);
  if (!response.ok) throw new Error(`The test mailbox answered ${response.status}`);
  return (await response.json()) as TReceivedMail[];
}

/** The newest message to `address`, waiting for it to arrive. */
export async function latestMailTo(address: string): Promise<TReceivedMail> {
  let latest: TReceivedMail | undefined;
  await expect
    .poll(async () => (latest = (await mailsTo(address)).at(-1)), {
      message: `a mail to ${address}`,
      timeout: 15_000,
    })
    .toBeDefined();
  return latest!;
}

/** The path of the first link in `mail` whose path contains `pathPart`. */
export function linkIn(mail: TReceivedMail, pathPart: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname.includes(pathPart));
  expect(link, `a link to ${pathPart} in "${mail.subject}"`).toBeTruthy();
  return new URL(link!).pathname;
}
