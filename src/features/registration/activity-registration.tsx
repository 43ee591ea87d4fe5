import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { rcpShortName } from "~/domain/rcp/names";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { Link } from "~/i18n/navigation";
import type { TLocale } from "~/i18n/routing";
import { requestCaller } from "~/trpc/server";
import { OwnRegistration } from "./own-registration";
import { participantOptions } from "~/features/registration-manage/participant-options";
import { RegisterSelfForm } from "./register-self-form";

type TProps = {
  activity: { id: string; slug: string; timeZone: string | null; hosts: { slug: string }[] };
  locale: TLocale;
};

/**
 * Registration on an activity's page, for signed-in readers only (the per-request twin: the cached
 * public page stays the same for everyone): where it stands and the seats left, a Register button
 * for secretariat staff, their own registration, and the ways in for hosts and editors.
 */
export async function ActivityRegistration({ activity, locale }: TProps) {
  const caller = await requestCaller();
  const overview = await caller.registration.settings({ activityId: activity.id }).catch(() => null);
  if (!overview?.settings || !overview.seats) return null;
  const me = await caller.user.me().catch(() => null);
  const t = await getTranslations("RegistrationSelf");
  const format = await getFormatter();
  const when = (date: Date) =>
    format.dateTime(date, {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: activity.timeZone ?? "UTC",
    });
  const { settings, seats, state, mine } = overview;
  const memberships = me?.rcpRoles ?? [];
  const isAdmin = me?.platformRole === "ADMIN";
  const canRegister = state === "OPEN" && !mine && (memberships.length > 0 || isAdmin);
  const hostSlugs = new Set(activity.hosts.map((host) => host.slug));
  const hostMembership = memberships.find((membership) => hostSlugs.has(membership.rcp.slug));
  const editor = memberships.find((membership) => membership.role === "EDITOR");
  return (
    <section aria-labelledby="registration-heading" className="space-y-3">
      <h2 id="registration-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p>
        {state === "NOT_YET_OPEN" && t("opensOn", { when: when(settings.opensAt) })}
        {state === "OPEN" && t("openUntil", { when: when(settings.closesAt) })}
        {state === "CLOSED" && t("closed")}
        {state === "CANCELLED" && t("cancelled")}{" "}
        {state === "OPEN" &&
          (seats.free > 0 ? t("seatsLeft", { count: seats.free }) : t("full", { count: seats.waitlisted }))}
        {state === "OPEN" && settings.mode === "APPROVAL" && <> {t("approval")}</>}
      </p>
      <ClientMessages paths={CLIENT_MESSAGES.registrationSelf}>
        {mine && <OwnRegistration registration={mine} />}
        {canRegister && (
          <RegisterSelfForm
            activityId={activity.id}
            rcps={memberships.map((membership) => ({
              value: membership.rcp.id,
              label: rcpShortName(membership.rcp, locale),
            }))}
            questions={settings.questions}
            requiredQuestions={settings.requiredQuestions}
            participants={participantOptions(overview.participantChoices, locale)}
          />
        )}
      </ClientMessages>
      <p className="flex flex-wrap gap-x-4 text-sm font-medium">
        {hostMembership && (
          <Link href={`/manage/${hostMembership.rcp.slug}/activities/${activity.slug}/participants`}>
            {t("participants")}
          </Link>
        )}
        {editor && state === "OPEN" && (
          <Link href={`/manage/${editor.rcp.slug}/activities/${activity.slug}/participants/new`}>
            {t("registerSomeone", { rcp: rcpShortName(editor.rcp, locale) })}
          </Link>
        )}
      </p>
    </section>
  );
}
