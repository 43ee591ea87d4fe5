// A real SMTP server in the test process (smtp-server), so tests read the mail exactly as a mail
// server receives it: envelope, headers and MIME body, decoded here the way a mail client would.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type TReceivedMail = {
  /** Envelope recipients (RCPT TO), where the message really goes. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
};

export type TTestSmtp = {
  url: string;
  messages: TReceivedMail[];
  /** The first message to `address` not seen by an earlier call, within `timeoutMs`. */
  nextMessageTo: (address: string, timeoutMs?: number) => Promise<TReceivedMail>;
  messagesTo: (address: string) => TReceivedMail[];
  stop: () => Promise<void>;
};

export async function startTestSmtp(): Promise<TTestSmtp> {
  const messages: TReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // No TLS in tests: without this the client would try STARTTLS on a self-signed certificate.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((address) => address.address.toLowerCase());
        messages.push({ ...parseMessage(Buffer.concat(chunks).toString("utf8")), to });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const seen = new Set<TReceivedMail>();
  const messagesTo = (address: string) => messages.filter((mail) => mail.to.includes(address.toLowerCase()));

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    messagesTo,
    nextMessageTo: async (address, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = messagesTo(address).find((candidate) => !seen.has(candidate));
        if (mail) {
          seen.add(mail);
          return mail;
        }
        if (Date.now() > deadline) throw new Error(`No mail to ${address} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parseMessage(raw: string): Omit<TReceivedMail, "to"> {
  const { headers, body } = splitEntity(raw);
  const type = headers.get("content-type") ?? "text/plain";
  const parts = type.startsWith("multipart/") ? multipartBodies(body, boundaryOf(type)) : [{ headers, body }];
  const decoded = parts.map((part) => ({
    type: (part.headers.get("content-type") ?? "text/plain").split(";")[0]!.trim(),
    content: decodeBody(part.body, part.headers.get("content-transfer-encoding")),
  }));
  return {
    from: decodeWords(headers.get("from") ?? ""),
    subject: decodeWords(headers.get("subject") ?? ""),
    text: decoded.find((part) => part.type === "text/plain")?.content ?? "",
    html: decoded.find((part) => part.type === "text/html")?.content ?? "",
  };
}

function splitEntity(raw: string) {
  const end = raw.indexOf("\r\n\r\n");
  const head = end === -1 ? raw : raw.slice(0, end);
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end === -1 ? "" : raw.slice(end + 4) };
}

function boundaryOf(contentType: string): string {
  const match = /boundary="?([^";]+)"?/i.exec(contentType);
  if (!match?.[1]) throw new Error(`No boundary in ${contentType}`);
  return match[1];
}

function multipartBodies(body: string, boundary: string) {
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((part) => !part.startsWith("--"))
    .map((part) => splitEntity(part.replace(/^\r\n/, "")));
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch (encoding?.toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    case "quoted-printable":
      return decodeQuotedPrintable(body.replace(/=\r\n/g, "")).replace(/\r\n/g, "\n").trimEnd();
    default:
      return body.replace(/\r\n/g, "\n").trimEnd();
  }
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let index = 0; index < value.length; index++) {
    const hex = value.slice(index + 1, index + 3);
    if (value[index] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(value[index]!, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) in headers such as Subject. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_match, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}
