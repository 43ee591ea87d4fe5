import { useLocale, useTranslations } from "next-intl";
import { PageHeader } from "~/components/ui/page-header";
import { Section } from "~/components/ui/section";
import { rcpShortName } from "~/domain/rcp/names";
import { Link } from "~/i18n/navigation";

type TSecretariat = {
  role: "EDITOR" | "VIEWER";
  rcp: { id: string; slug: string; shortName: string; localizedNames?: unknown };
};

/** The secretariats the signed-in person belongs to, each with what they can do there. */
export function MyWork({ secretariats, isAdmin }: { secretariats: TSecretariat[]; isAdmin: boolean }) {
  const t = useTranslations("MyWork");
  const calendarLinks = useTranslations("CalendarLinks");
  const locale = useLocale();
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      {secretariats.length === 0 ? (
        <p className="max-w-3xl rounded-card border border-dashed border-line bg-surface p-4">
          {t(isAdmin ? "emptyAdmin" : "empty")}
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {secretariats.map(({ role, rcp }) => {
            const shortName = rcpShortName(rcp, locale);
            return (
              <li key={rcp.id} className="space-y-2 rounded-card border border-line bg-surface p-4">
                <h2 className="text-lg font-semibold">{shortName}</h2>
                <p className="text-sm text-muted">{t("role", { role })}</p>
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
                  <li>
                    {/* Viewers get the same page, read-only, with whom to ask for edit rights. */}
                    <Link href={`/manage/${rcp.slug}/edit`}>
                      {t(role === "EDITOR" ? "edit" : "view", { rcp: shortName })}
                    </Link>
                  </li>
                  <li>
                    <Link href={`/manage/${rcp.slug}/history`}>{t("history")}</Link>
                  </li>
                  <li>
                    <Link href={`/manage/${rcp.slug}/staff`}>{t("staff")}</Link>
                  </li>
                  <li>
                    <Link href={`/manage/${rcp.slug}/activities`}>{t("activities")}</Link>
                  </li>
                  <li>
                    <Link href={`/rcps/${rcp.slug}`}>{t("publicProfile")}</Link>
                  </li>
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href="/calendar" className="font-medium">
          {calendarLinks("fromMyWork")}
        </Link>
      </p>
      {isAdmin && (
        <Section id="my-work-admin" title={t("adminHeading")} className="space-y-2">
          <p className="max-w-3xl text-muted">{t("adminIntro")}</p>
          <p>
            <Link href="/admin" className="font-medium">
              {t("adminLink")}
            </Link>
          </p>
        </Section>
      )}
    </div>
  );
}
