// A real SMTP server (smtp-server), so tests read the mail exactly as a mail server receives it:
// envelope, headers and MIME body, decoded by mailparser the way a mail client would.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TReceivedMail = {
  /** Envelope recipients (RCPT TO), where the message really goes. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Header lines as sent, unfolded, by lower-case name (the last one of a name wins). */
  headers: Record<string, string>;
};

export type TTestSmtp = {
  url: string;
  messages: TReceivedMail[];
  /** The first message to `address` not seen by an earlier call, within `timeoutMs`. */
  nextMessageTo: (address: string, timeoutMs?: number) => Promise<TReceivedMail>;
  messagesTo: (address: string) => TReceivedMail[];
  stop: () => Promise<void>;
};

/** Listens on 127.0.0.1, on `port` or on any free port. */
export async function startTestSmtp({ port = 0 }: { port?: number } = {}): Promise<TTestSmtp> {
  const messages: TReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // No TLS in tests: without this the client would try STARTTLS on a self-signed certificate.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((address) => address.address.toLowerCase());
      simpleParser(stream).then(
        (mail) => {
          messages.push({
            to,
            from:
              mail.from?.value
                .map(({ name, address }) => (name ? `${name} <${address}>` : address))
                .join(", ") ?? "",
            subject: mail.subject ?? "",
            text: (mail.text ?? "").trimEnd(),
            html: typeof mail.html === "string" ? mail.html : "",
            headers: Object.fromEntries(
              mail.headerLines.map(({ key, line }) => [
                key,
                line
                  .slice(line.indexOf(":") + 1)
                  .replace(/\r?\n[ \t]+/g, " ")
                  .trim(),
              ]),
            ),
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address() as AddressInfo;
  const seen = new Set<TReceivedMail>();
  const messagesTo = (recipient: string) =>
    messages.filter((mail) => mail.to.includes(recipient.toLowerCase()));

  return {
    url: `smtp://127.0.0.1:${address.port}`,
    messages,
    messagesTo,
    nextMessageTo: async (recipient, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = messagesTo(recipient).find((candidate) => !seen.has(candidate));
        if (mail) {
          seen.add(mail);
          return mail;
        }
        if (Date.now() > deadline) throw new Error(`No mail to ${recipient} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
