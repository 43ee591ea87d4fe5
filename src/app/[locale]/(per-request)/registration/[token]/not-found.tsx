import { useTranslations } from "next-intl";
import { PageHeader } from "~/components/ui/page-header";

/** An unknown, mistyped or replaced link: said plainly, with what to do (the status stays 404). */
export default function RegistrationLinkNotFound() {
  const t = useTranslations("RegistrationLink");
  return <PageHeader title={t("unknownTitle")} intro={t("unknownBody")} />;
}
