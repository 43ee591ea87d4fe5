import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PageHeader } from "~/components/ui/page-header";
import { Section } from "~/components/ui/section";
import { rcpShortName } from "~/domain/rcp/names";
import { calendarUrls } from "~/lib/calendar-urls";
import { resolveText } from "~/lib/localized-text";

type TProps = {
  origin: string;
  rcps: readonly { slug: string; shortName: string; localizedNames?: unknown }[];
  themes: readonly { slug: string; label: unknown }[];
  /** The personal feed's part, a client component. */
  personal: ReactNode;
};

/** How to subscribe, the person's own feed, and the public feeds anyone may share. */
export function CalendarPage({ origin, rcps, themes, personal }: TProps) {
  const t = useTranslations("CalendarPage");
  const locale = useLocale();
  const feedLink = (path: string, label: string) => (
    <a href={`${origin}${path}`} type="text/calendar">
      {label}
    </a>
  );
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("lead")} />
      <Section id="calendar-how" title={t("howTitle")}>
        <ul className="max-w-3xl list-disc space-y-1 pl-6">
          <li>{t("howOutlook")}</li>
          <li>{t("howGoogle")}</li>
          <li>{t("howApple")}</li>
        </ul>
        <p className="max-w-3xl text-muted">{t("howRefresh")}</p>
      </Section>
      <Section id="calendar-personal" title={t("personalTitle")} variant="card">
        <p className="max-w-3xl text-muted">{t("personalLead")}</p>
        {personal}
      </Section>
      <Section id="calendar-public" title={t("publicTitle")}>
        <p className="max-w-3xl text-muted">{t("publicLead")}</p>
        <p className="max-w-3xl text-muted">{t("copyHint")}</p>
        <p className="font-medium">{feedLink(calendarUrls.public(locale), t("allPublic"))}</p>
        <div className="grid gap-6 sm:grid-cols-2">
          <div className="space-y-2">
            <h3 className="text-lg font-semibold">{t("byRcpTitle")}</h3>
            <ul className="space-y-1">
              {rcps.map((rcp) => (
                <li key={rcp.slug}>
                  {feedLink(calendarUrls.rcp(locale, rcp.slug), rcpShortName(rcp, locale))}
                </li>
              ))}
            </ul>
          </div>
          <div className="space-y-2">
            <h3 className="text-lg font-semibold">{t("byThemeTitle")}</h3>
            <ul className="space-y-1">
              {themes.map((theme) => (
                <li key={theme.slug}>
                  {feedLink(calendarUrls.theme(locale, theme.slug), resolveText(theme.label, locale).text)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </Section>
    </div>
  );
}
