import "server-only";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "~/components/ui/page-header";
import { PartialDate } from "~/components/ui/partial-date";
import { ZToken } from "~/domain/auth/schema";
import { activityTitle } from "~/features/activity-manage/activity-title";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import type { TLocale } from "~/i18n/routing";
import { publicCaller } from "~/trpc/server";
import { LinkPanel } from "./link-panel";

/**
 * A person's registration through the private link in their emails, without signing in: they see
 * it, change their answers, withdraw or leave the waitlist, and undo a withdrawal while a seat is
 * free. The link is the only key: it reads as nobody else.
 */
export async function RegistrationLinkPage({ locale, token }: { locale: TLocale; token: string }) {
  if (!ZToken.safeParse(token).success) notFound();
  const registration = await publicCaller.registration.byToken({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("RegistrationLink");
  const title = activityTitle(registration.activity.title, locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")}>
        <p className="text-lg">
          <span lang={title.lang === locale ? undefined : title.lang} className="font-semibold">
            {title.text}
          </span>{" "}
          ·{" "}
          <PartialDate
            date={registration.activity.startDate}
            precision={registration.activity.startPrecision}
          />
        </p>
        <p className="text-muted">{t("who", { name: registration.name, email: registration.email })}</p>
      </PageHeader>
      <ClientMessages paths={CLIENT_MESSAGES.registrationLink}>
        <LinkPanel
          token={token}
          registration={{
            version: registration.version,
            status: registration.status,
            answers: {
              role: registration.role ?? "",
              participantCode: registration.participantCode ?? "",
              organisation: registration.organisation ?? "",
              dietaryNeeds: registration.dietaryNeeds ?? "",
              accessNeeds: registration.accessNeeds ?? "",
              comment: registration.comment ?? "",
            },
          }}
          questions={registration.questions}
          requiredQuestions={registration.requiredQuestions}
          isOpen={registration.state === "OPEN"}
        />
      </ClientMessages>
    </div>
  );
}
