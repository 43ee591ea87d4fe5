import { getTranslations } from "next-intl/server";
import { AdminHeader } from "~/features/admin/admin-nav";
import { OrganisationTable } from "~/features/admin/organisations/organisation-table";
import { requireAdmin } from "~/features/admin/require-admin";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { readAcronyms } from "~/lib/participant-name";
import { resolveText } from "~/lib/localized-text";

type TProps = { params: Promise<{ locale: string }> };

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("AdminOrganisations", "title", { robots: { index: false } });

export default async function AdminOrganisationsPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const { caller } = await requireAdmin(locale, "/admin/organisations");
  const t = await getTranslations("AdminOrganisations");
  const collator = new Intl.Collator(locale);
  const organisations = (await caller.admin.listOrganisations())
    .map((organisation) => {
      const acronyms = readAcronyms(organisation.localizedAcronyms);
      return {
        id: organisation.id,
        name: resolveText(organisation.name, locale).text || organisation.code,
        acronym: organisation.acronym,
        fr: acronyms.fr ?? "",
        es: acronyms.es ?? "",
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} intro={t("intro")} current="organisations" />
      {organisations.length === 0 ? <p>{t("empty")}</p> : <OrganisationTable organisations={organisations} />}
    </div>
  );
}
