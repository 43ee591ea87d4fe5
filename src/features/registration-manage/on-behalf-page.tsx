import "server-only";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { rcpShortName } from "~/domain/rcp/names";
import { activityTitle } from "~/features/activity-manage/activity-title";
import { loadFormOptions } from "~/features/activity-manage/load-activity-form";
import { nameValues } from "~/features/activity-manage/name-values";
import { ManageHeader } from "~/features/manage/manage-header";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { Link } from "~/i18n/navigation";
import { locales, type TLocale } from "~/i18n/routing";
import { loadRegistrationActivity } from "./load-registration-activity";
import { RegisterOnBehalfForm } from "./on-behalf-form";
import { participantOptions } from "./participant-options";

type TProps = { locale: TLocale; rcpSlug: string; activitySlug: string };

/** A secretariat's editor registers someone for an activity, nominated by their process. */
export async function OnBehalfPage({ locale, rcpSlug, activitySlug }: TProps) {
  const { caller, rcp, canEdit, activity } = await loadRegistrationActivity(
    locale,
    rcpSlug,
    activitySlug,
    "/participants/new",
  );
  if (!canEdit) notFound();
  const [overview, options] = await Promise.all([
    caller.registration.settings({ activityId: activity.id }),
    loadFormOptions(caller, locale),
  ]);
  const t = await getTranslations("RegistrationOnBehalf");
  // Each language in its own name, as the language switcher says it.
  const tLanguage = await getTranslations("LocaleSwitcher");
  const title = activityTitle(activity.title, locale);
  const participantsHref = `/manage/${rcp.slug}/activities/${activity.slug}/participants`;
  const settings = overview.settings;
  return (
    <div className="space-y-6">
      <ManageHeader
        slug={rcp.slug}
        title={t("title", nameValues(rcp, locale))}
        current="activities"
        canEdit
      />
      <p className="max-w-3xl">
        {t.rich("intro", {
          title: title.text,
          rcp: rcpShortName(rcp, locale),
          link: (chunks) => (
            <Link className="underline" href={`/activities/${activity.slug}`}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      {overview.state !== "OPEN" || !settings ? (
        <p className="rounded-card border border-line bg-surface p-4">
          {t(`state.${overview.state === "OPEN" ? "NONE" : overview.state}`)}{" "}
          <Link className="underline" href={participantsHref}>
            {t("backToList")}
          </Link>
        </p>
      ) : (
        <ClientMessages paths={CLIENT_MESSAGES.registrationOnBehalf}>
          <RegisterOnBehalfForm
            activityId={activity.id}
            rcpId={rcp.id}
            locale={locale}
            questions={settings.questions}
            requiredQuestions={settings.requiredQuestions}
            countries={options.countries.map((country) => ({ value: country.code, label: country.name }))}
            languages={locales.map((value) => ({ value, label: tLanguage(value) }))}
            participantsHref={participantsHref}
            participants={participantOptions(overview.participantChoices, locale)}
          />
        </ClientMessages>
      )}
    </div>
  );
}
