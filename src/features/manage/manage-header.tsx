import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";

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
      <nav aria-label={t("navigation")}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 border-b border-line text-sm font-medium">
          {links.map((link) => (
            <li key={link.key}>
              <Link
                href={link.href}
                aria-current={link.key === current ? "page" : undefined}
                className="-mb-px inline-block border-b-2 border-transparent pb-2 aria-[current=page]:border-brand aria-[current=page]:text-ink"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
