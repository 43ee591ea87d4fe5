import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td } from "~/components/ui/table";
import type { listMail } from "~/server/admin/mail-data";
import { RetryMailButton } from "./retry-mail-button";

type TMailPage = Awaited<ReturnType<typeof listMail>>;

const MOMENT = { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" } as const;

/** Undelivered mail: whom it was for, what it was, how often it was tried, why it failed, and when. */
export async function MailTable({ mail }: { mail: TMailPage }) {
  const t = await getTranslations("AdminMail");
  const format = await getFormatter();
  const isFailed = mail.view === "failed";
  const columns = [
    t("columns.to"),
    t("columns.subject"),
    t("columns.attempts"),
    t("columns.lastError"),
    isFailed ? t("columns.lastTry") : t("columns.nextTry"),
    { label: t("columns.action"), isLabelHidden: true },
  ];
  return (
    <Table caption={t("tableCaption")} columns={columns}>
      {mail.messages.map((message) => {
        // A failed message's last try is its last change; a waiting one's next try is scheduled.
        const when = isFailed ? message.updatedAt : message.nextAttemptAt;
        return (
          <tr key={message.id}>
            <Td className="break-all">{message.to}</Td>
            <Td>{message.subject}</Td>
            <Td className="text-right tabular-nums">{message.attempts}</Td>
            <Td className="max-w-md text-sm break-words">
              {message.lastError ?? <span className="text-muted">{t("noError")}</span>}
            </Td>
            <Td className="whitespace-nowrap">
              {message.status === "SENDING" ? (
                t("sending")
              ) : (
                <time dateTime={when.toISOString()}>{format.dateTime(when, MOMENT)}</time>
              )}
            </Td>
            <Td>{message.status !== "SENDING" && <RetryMailButton id={message.id} to={message.to} />}</Td>
          </tr>
        );
      })}
    </Table>
  );
}
