import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PageHeader } from "~/components/ui/page-header";

/** How often the person hears about their peers by email; the form is a client component. */
export function EmailPreferencesPage({ followCount, form }: { followCount: number; form: ReactNode }) {
  const t = useTranslations("EmailPreferences");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("lead")}>
        {followCount === 0 && <p className="max-w-3xl text-muted">{t("noFollows")}</p>}
      </PageHeader>
      {form}
    </div>
  );
}
