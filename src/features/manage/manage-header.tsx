import { useTranslations } from "next-intl";
import { NavTabs } from "~/components/ui/nav-tabs";
import { Link } from "~/i18n/navigation";

type TProps = {
  slug: string;
  title: string;
  current: "edit" | "history" | "staff" | "activities" | "focalPoints";
  /** Viewers get the profile to read, under a tab that says so. */
  canEdit: boolean;
};

/**
 * Title and navigation shared by the pages that manage one RCP. The public profile is a link of its
 * own beside the tabs: it leaves the management pages.
 */
export function ManageHeader({ slug, title, current, canEdit }: TProps) {
  const t = useTranslations("Manage");
  const tFocal = useTranslations("FocalPoints");
  const tabs = [
    { key: "edit", href: `/manage/${slug}/edit`, label: canEdit ? t("edit") : t("view") },
    { key: "history", href: `/manage/${slug}/history`, label: t("history") },
    { key: "staff", href: `/manage/${slug}/staff`, label: t("staff") },
    { key: "activities", href: `/manage/${slug}/activities`, label: t("activities") },
    { key: "focalPoints", href: `/manage/${slug}/focal-points`, label: tFocal("manageLink") },
  ] as const;
  return (
    <header className="space-y-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <NavTabs label={t("navigation")} tabs={tabs} current={current} />
      <p className="text-sm font-medium">
        <Link href={`/rcps/${slug}`}>{t("publicProfileLink")}</Link>
      </p>
    </header>
  );
}
