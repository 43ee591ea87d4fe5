import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { buttonClass } from "~/components/ui/button-class";
import { Pager } from "~/components/ui/pagination";
import { rcpShortName } from "~/domain/rcp/names";
import { activityTitle } from "~/features/activity-manage/activity-title";
import { nameValues } from "~/features/activity-manage/name-values";
import { ManageHeader } from "~/features/manage/manage-header";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { Link } from "~/i18n/navigation";
import type { TLocale } from "~/i18n/routing";
import { canDecide, canResendLink, canWithdraw } from "~/server/registration/policy";
import { findLiveRcp } from "~/server/rcp/lookup";
import { loadRegistrationActivity } from "./load-registration-activity";
import { ParticipantsFilters } from "./participants-filters";
import { parseParticipantsQuery, participantsHref } from "./participants-query";
import { ParticipantsTable } from "./participants-table";
import { participantName } from "~/lib/participant-name";
import { PrintButton } from "./print-button";
import { SeatCounts } from "./seat-counts";

type TProps = {
  locale: TLocale;
  rcpSlug: string;
  activitySlug: string;
  search: Record<string, string | string[] | undefined>;
};

/** Hosts see, filter, decide about and export the people registered; other secretariats, their own nominees. */
export async function ParticipantsPage({ locale, rcpSlug, activitySlug, search }: TProps) {
  const query = parseParticipantsQuery(search);
  if (!query) notFound();
  const { caller, rcp, canEdit, activity, hosts, isHost, access } = await loadRegistrationActivity(
    locale,
    rcpSlug,
    activitySlug,
    "/participants",
  );
  // Another secretariat's editors see their own nominees, whatever they ask for.
  const filterRcp = isHost ? (query.rcp ? await findLiveRcp(query.rcp) : null) : rcp;
  if (query.rcp && !filterRcp) notFound();
  const [overview, list] = await Promise.all([
    caller.registration.settings({ activityId: activity.id }),
    caller.registration.participants({
      activityId: activity.id,
      status: query.status,
      rcpId: filterRcp?.id,
      after: query.after,
      limit: 50,
    }),
  ]);
  const t = await getTranslations("RegistrationParticipants");
  const format = await getFormatter();
  const title = activityTitle(activity.title, locale);
  const base = `/manage/${rcp.slug}/activities/${activity.slug}`;
  const audience = {
    visibility: activity.visibility,
    hostRcpIds: hosts.map((host) => host.id),
    quotaRcpIds: overview.settings?.quotas.map((quota) => quota.rcpId) ?? [],
  };
  const hostName = new Map(hosts.map((host) => [host.id, rcpShortName(host, locale)]));
  const filters = { status: query.status, rcp: isHost ? query.rcp : undefined };
  const csv = new URLSearchParams({ locale });
  if (query.status) csv.set("status", query.status);
  if (filterRcp) csv.set("rcp", filterRcp.id);
  const chosen = new Map(
    overview.participantChoices.map((choice) => [choice.code, participantName(choice, locale)]),
  );
  const rows = list.items.map((item) => {
    const owner = { nominatingRcpId: item.nominatingRcpId, userId: item.userId };
    return {
      ...item,
      // Typed, or chosen from the hosts' participants and named in the reader's language.
      organisation:
        item.organisation ??
        (item.participantCode ? (chosen.get(item.participantCode) ?? item.participantCode) : null),
      nominatedBy: item.nominatingRcp ? rcpShortName(item.nominatingRcp, locale) : null,
      registeredAt: format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" }),
      may: {
        decide: canDecide(access, audience, owner),
        withdraw: canWithdraw(access, audience, owner),
        resendLink: canResendLink(access, audience, owner),
      },
    };
  });
  return (
    <div className="space-y-6">
      <div className="print:hidden">
        <ManageHeader
          slug={rcp.slug}
          title={t("title", nameValues(rcp, locale))}
          current="activities"
          canEdit={canEdit}
        />
      </div>
      <h2 className="text-2xl font-semibold" lang={title.lang === locale ? undefined : title.lang}>
        <Link href={`/activities/${activity.slug}`}>{title.text}</Link>
      </h2>
      <p className="max-w-3xl print:hidden">{isHost ? t("introHost") : t("introNominees")}</p>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        {canEdit && overview.settings && (
          <Link href={`${base}/participants/new`} className={buttonClass({ size: "sm" })}>
            {t("registerSomeone")}
          </Link>
        )}
        {isHost && canEdit && (
          <Link href={`${base}/registration`} className={buttonClass({ variant: "secondary", size: "sm" })}>
            {t("settingsLink")}
          </Link>
        )}
        <a
          href={`/api/registrations/${activity.id}/participants.csv?${csv.toString()}`}
          className={buttonClass({ variant: "secondary", size: "sm" })}
          download
        >
          {t("exportCsv")}
        </a>
        <PrintButton label={t("print")} />
      </div>
      {overview.seats && overview.settings && isHost && (
        <SeatCounts
          seats={overview.seats}
          quotas={overview.settings.quotas.map((quota) => ({
            ...quota,
            name: hostName.get(quota.rcpId) ?? quota.rcpId,
          }))}
        />
      )}
      {!overview.settings && (
        <p className="rounded-card border border-line bg-surface p-4">
          {isHost && canEdit ? (
            <>
              {t("notOpenHost")}{" "}
              <Link className="underline" href={`${base}/registration`}>
                {t("settingsLink")}
              </Link>
            </>
          ) : (
            t("notOpen")
          )}
        </p>
      )}
      <ParticipantsFilters
        action={`/${locale}${base}/participants`}
        status={filters.status}
        rcp={filters.rcp}
        rcps={isHost ? hosts.map((host) => ({ value: host.slug, label: rcpShortName(host, locale) })) : []}
        counts={list.counts}
      />
      <ClientMessages paths={CLIENT_MESSAGES.registrationParticipants}>
        <ParticipantsTable rows={rows} locale={locale} />
      </ClientMessages>
      {rows.length === 0 && (
        <p className="text-muted">
          {query.status || query.rcp ? t("noneFiltered") : canEdit ? t("noneYetEditor") : t("noneYet")}
        </p>
      )}
      <div className="print:hidden">
        <Pager
          label={t("pages")}
          previous={
            query.after
              ? { href: participantsHref(base + "/participants", filters), label: t("first") }
              : undefined
          }
          next={
            list.nextAfter
              ? {
                  href: participantsHref(base + "/participants", { ...filters, after: list.nextAfter }),
                  label: t("next"),
                }
              : undefined
          }
        />
      </div>
    </div>
  );
}
