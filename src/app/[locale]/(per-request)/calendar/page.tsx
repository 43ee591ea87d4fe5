import { CalendarPage } from "~/features/calendar/calendar-page";
import { PersonalFeed } from "~/features/calendar/personal-feed";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { requireUser } from "~/server/auth/require-user";
import { appOrigin } from "~/server/http/app-origin";
import { callerFor } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("CalendarPage", "title", {
  robots: { index: false, follow: false },
});

export default async function CalendarRoute({ params }: TProps) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, `/${locale}/calendar`);
  const caller = callerFor(user);
  const [feed, rcps, themes] = await Promise.all([
    caller.calendar.getPersonalFeed(),
    caller.rcp.list(),
    caller.rcp.listThemes(),
  ]);
  const origin = appOrigin();
  return (
    <CalendarPage
      origin={origin}
      rcps={rcps}
      themes={themes}
      personal={
        <ClientMessages paths={CLIENT_MESSAGES.calendar}>
          <PersonalFeed origin={origin} createdAt={feed.createdAt} />
        </ClientMessages>
      }
    />
  );
}
