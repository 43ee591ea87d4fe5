import { getTranslations } from "next-intl/server";
import { rcpNames } from "~/domain/rcp/names";
import { FocalPointFacts } from "~/features/focal-point/focal-point-facts";
import { loadFocalPoints } from "~/features/focal-point/load-focal-points";
import { ManageFocalPoints } from "~/features/focal-point/manage-focal-points";
import { ManageHeader } from "~/features/manage/manage-header";
import { ClientMessages } from "~/i18n/client-messages";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string; slug: string }> };

export const generateMetadata = titleMetadata("FocalPoints", "title", {
  robots: { index: false, follow: false },
});

/** An RCP's focal points: its editors keep them here; its viewers and other secretariats read them. */
export default async function FocalPointsPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const page = await loadFocalPoints(locale, slug, `/${locale}/manage/${slug}/focal-points`);
  const t = await getTranslations("FocalPoints");
  const name = rcpNames({ ...page.rcp, name: page.rcp.shortName }, locale).name.text;
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <ManageHeader slug={page.rcp.slug} title={t("title")} current="focalPoints" canEdit={page.canEdit} />
        <p className="max-w-3xl text-muted">{t(page.canEdit ? "intro" : "readIntro", { rcp: name })}</p>
      </div>
      {page.canEdit ? (
        <ClientMessages paths={CLIENT_MESSAGES.focalPoints}>
          <ManageFocalPoints rcpId={page.rcp.id} items={page.items} representable={page.representable} />
        </ClientMessages>
      ) : page.items.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {page.items.map((person) => (
            <li key={person.id} className="rounded-card border border-line p-4">
              <FocalPointFacts person={person} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
