import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";

const SECTIONS = [
  { key: "overview", href: "/admin" },
  { key: "users", href: "/admin/users" },
  { key: "rcps", href: "/admin/rcps" },
  { key: "audit", href: "/admin/audit" },
] as const;

export type TAdminSection = (typeof SECTIONS)[number]["key"];

/** The administration's sections, with the current one marked. */
export function AdminNav({ current }: { current: TAdminSection }) {
  const t = useTranslations("Admin.nav");
  return (
    <nav aria-label={t("label")} className="border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-1 text-sm font-medium">
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <Link
              href={section.href}
              aria-current={section.key === current ? "page" : undefined}
              className={
                section.key === current
                  ? "block border-b-2 border-brand px-3 py-2 text-ink no-underline"
                  : "block border-b-2 border-transparent px-3 py-2 no-underline hover:border-line"
              }
            >
              {t(section.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
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
