import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PageHeader } from "~/components/ui/page-header";
import { PlainLink } from "~/components/ui/plain-link";
import { calendarUrls } from "~/lib/calendar-urls";
import { resolveText } from "~/lib/localized-text";
import { renderDescription } from "~/server/activity/description";
import { ActivityPlace } from "./activity-place";
import { pickActivityText } from "./activity-text";
import { ActivityTime } from "./activity-time";
import { ActivityText } from "./activity-title";
import { HostLinks } from "./host-links";
import type { TLoadedActivity } from "./load-activity";
import { StatusBadge } from "./status-badge";

/**
 * `documents`: the outcomes the reader may see, read for the page's kind of reader; `actions`:
 * what only the per-request page offers its reader (managing it).
 */
type TProps = { activity: TLoadedActivity; documents: ReactNode; actions?: ReactNode };

/** An activity's page: what, when, where, who holds it, its description and its outcomes. */
export function ActivityDetail({ activity, documents, actions }: TProps) {
  const t = useTranslations("ActivitiesPage");
  const tActivities = useTranslations("Activities");
  const tKind = useTranslations("Rcp.activityKind");
  const locale = useLocale();
  const format = useFormatter();
  const summary = pickActivityText(activity.summary, locale);
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const updated = format.dateTime(activity.updatedAt, { dateStyle: "long", timeZone: "UTC" });
  return (
    <article className="space-y-8">
      <PageHeader title={<ActivityText value={activity.title} />}>
        <p className="text-muted">
          {tKind(activity.kind)} <StatusBadge status={activity.status} />
        </p>
        {activity.status !== "SCHEDULED" && (
          <p role="note" className="rounded-card bg-warning-soft p-3 font-medium text-warning">
            {activity.status === "CANCELLED" ? t("cancelledNotice") : t("postponedNotice")}
          </p>
        )}
        {actions}
      </PageHeader>
      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="sr-only">
          {t("details")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <ActivityTime activity={activity} />
          <dt className="font-semibold">{t("where")}</dt>
          <dd>
            <ActivityPlace {...activity} />
          </dd>
          {activity.hosts.length > 0 && (
            <>
              <dt className="font-semibold">{t("hosts")}</dt>
              <dd>
                <HostLinks hosts={activity.hosts} />
              </dd>
            </>
          )}
          {activity.themes.length > 0 && (
            <>
              <dt className="font-semibold">{t("themes")}</dt>
              <dd>{activity.themes.map((theme) => resolveText(theme.label, locale).text).join(" · ")}</dd>
            </>
          )}
          {activity.workingLanguages.length > 0 && (
            <>
              <dt className="font-semibold">{t("languages")}</dt>
              <dd>{activity.workingLanguages.map((code) => languageNames.of(code) ?? code).join(", ")}</dd>
            </>
          )}
          {activity.contact && (
            <>
              <dt className="font-semibold">{t("contact")}</dt>
              <dd>{activity.contact}</dd>
            </>
          )}
          {/* Secretariat readers see whom it is shared with; the public page says nothing. */}
          {activity.isReaderSecretariat && (
            <>
              <dt className="font-semibold">{t("visibility")}</dt>
              <dd data-testid="visibility">{tActivities(`visibility.${activity.visibility}`)}</dd>
            </>
          )}
        </dl>
      </section>
      {summary.text && (
        <section aria-labelledby="description-heading" className="max-w-3xl space-y-3">
          <h2 id="description-heading" className="text-xl font-semibold">
            {t("description")}
          </h2>
          {summary.isFallback && <p className="text-xs text-muted">({tActivities("untranslated")})</p>}
          <div
            lang={summary.isFallback ? summary.lang : undefined}
            className="prose-description space-y-3"
            // Rendered from the Markdown subset and sanitised to an allowlist (description.ts).
            dangerouslySetInnerHTML={{ __html: renderDescription(summary.text) }}
          />
        </section>
      )}
      {documents}
      <p>
        {/* A file to download, not a page: a plain link, never prefetched. */}
        <a href={calendarUrls.activity(locale, activity.slug)} className="underline underline-offset-2">
          {t("addToCalendar")}
        </a>
      </p>
      <p className="text-sm text-muted">
        {activity.updatedByName
          ? t("lastUpdatedBy", { name: activity.updatedByName, date: updated })
          : t("lastUpdated", { date: updated })}
      </p>
      <p>
        <PlainLink href="/activities">{t("allActivities")}</PlainLink>
      </p>
    </article>
  );
}
