import { useLocale, useTranslations } from "next-intl";
import { NotificationBell } from "./notification-bell";

/** The bell with its words translated on the server: the header carries no next-intl client runtime. */
export function HeaderNotificationBell() {
  const t = useTranslations("NotificationsBell");
  const labels = {
    none: t("none"),
    one: t.raw("one") as string,
    other: t.raw("other") as string,
    more: t("more"),
  };
  return <NotificationBell labels={labels} locale={useLocale()} />;
}
