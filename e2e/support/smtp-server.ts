// The mail server of the end-to-end tests: a real SMTP server the app sends to (SMTP_URL), and a
// small HTTP endpoint through which the tests read what arrived (see mailbox.ts).
import { createServer } from "node:http";
import { startTestSmtp } from "../../tests/support/smtp";

const smtpPort = Number(process.env.E2E_SMTP_PORT);
const httpPort = Number(process.env.E2E_MAILBOX_PORT);

const smtp = await startTestSmtp({ port: smtpPort });

const mailbox = createServer((request, response) => {
  const url = new URL(request.url ?? "/", `http://127.0.0.1:${httpPort}`);
  if (url.pathname === "/health") {
    response.writeHead(200).end("ok");
    return;
  }
  const to = url.searchParams.get("to");
  if (url.pathname !== "/messages" || !to) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify(smtp.messagesTo(to)));
});
mailbox.listen(httpPort, "127.0.0.1");

const stop = () => {
  mailbox.close();
  void smtp.stop().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
