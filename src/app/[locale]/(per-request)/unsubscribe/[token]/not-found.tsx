import { useTranslations } from "next-intl";
import { PageHeader } from "~/components/ui/page-header";

/** A forged, altered or expired link: said plainly, with what to do instead (the status stays 404). */
export default function UnsubscribeNotFound() {
  const t = useTranslations("Unsubscribe");
  return <PageHeader title={t("invalidTitle")} intro={t("invalidBody")} />;
}
