import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { LinkedText } from "~/features/outbox/linked-text";
import { loadOutboxPage } from "~/features/outbox/load-outbox-page";
import { Link } from "~/i18n/navigation";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { MOMENT_UTC } from "~/lib/date-formats";

type TProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("Outbox", "title", {
  robots: { index: false, follow: false },
  referrer: "no-referrer",
});

export default async function OutboxPage({ params, searchParams }: TProps) {
  await pageLocale(params);
  const outbox = await loadOutboxPage((await searchParams).page);
  const t = await getTranslations("Outbox");
  const format = await getFormatter();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {outbox.total === 0 ? (
        <p className="rounded-card border border-line bg-surface p-6">{t("empty")}</p>
      ) : (
        <>
          <p className="text-sm text-muted">{t("count", { count: outbox.total })}</p>
          <ol className="space-y-4">
            {outbox.messages.map((message) => (
              <li key={message.id}>
                <article
                  aria-labelledby={`subject-${message.id}`}
                  className="space-y-3 rounded-card border border-line bg-surface p-5"
                >
                  <h2 id={`subject-${message.id}`} className="text-lg font-semibold">
                    {message.subject}
                  </h2>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                    <dt className="text-muted">{t("to")}</dt>
                    <dd className="break-all">{message.to}</dd>
                    <dt className="text-muted">{t("sentAt")}</dt>
                    <dd>{format.dateTime(message.createdAt, MOMENT_UTC)}</dd>
                  </dl>
                  <pre className="font-sans text-sm whitespace-pre-wrap">
                    <LinkedText text={message.text} />
                  </pre>
                </article>
              </li>
            ))}
          </ol>
          {outbox.pages > 1 && (
            <nav aria-label={t("pagination")} className="flex items-center gap-4 text-sm">
              {outbox.page > 1 && (
                <Link href={`/dev/outbox?page=${outbox.page - 1}`} rel="prev">
                  {t("previous")}
                </Link>
              )}
              <span aria-current="page">{t("page", { page: outbox.page, pages: outbox.pages })}</span>
              {outbox.page < outbox.pages && (
                <Link href={`/dev/outbox?page=${outbox.page + 1}`} rel="next">
                  {t("next")}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
