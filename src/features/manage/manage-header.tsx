import { useTranslations } from "next-intl";
import { NavTabs } from "~/components/ui/nav-tabs";

type TProps = { slug: string; title: string; current: "edit" | "history" };

/** Title and navigation shared by the pages that manage one RCP. */
export function ManageHeader({ slug, title, current }: TProps) {
  const t = useTranslations("Manage");
  const links = [
    { key: "edit", href: `/manage/${slug}/edit`, label: t("edit") },
    { key: "history", href: `/manage/${slug}/history`, label: t("history") },
    { key: "public", href: `/rcps/${slug}`, label: t("publicProfile") },
  ] as const;
  return (
    <header className="space-y-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <NavTabs label={t("navigation")} tabs={links} current={current} />
    </header>
  );
}
