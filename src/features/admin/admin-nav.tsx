import { useTranslations } from "next-intl";
import { NavTabs } from "~/components/ui/nav-tabs";

const SECTIONS = [
  { key: "overview", href: "/admin" },
  { key: "users", href: "/admin/users" },
  { key: "rcps", href: "/admin/rcps" },
  { key: "organisations", href: "/admin/organisations" },
  { key: "audit", href: "/admin/audit" },
  { key: "mail", href: "/admin/mail" },
] as const;

export type TAdminSection = (typeof SECTIONS)[number]["key"];

/** The administration's sections, with the current one marked. */
export function AdminNav({ current }: { current: TAdminSection }) {
  const t = useTranslations("Admin.nav");
  return (
    <NavTabs
      label={t("label")}
      tabs={SECTIONS.map((section) => ({ ...section, label: t(section.key) }))}
      current={current}
    />
  );
}

/** The top of every administration page: its title, what it is for, and the sections. */
export function AdminHeader({
  title,
  intro,
  current,
}: {
  title: string;
  intro: string;
  current: TAdminSection;
}) {
  return (
    <header className="space-y-4">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="max-w-3xl text-muted">{intro}</p>
      </div>
      <AdminNav current={current} />
    </header>
  );
}
