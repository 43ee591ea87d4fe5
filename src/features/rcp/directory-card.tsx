import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";

export type TDirectoryCardData = {
  slug: string;
  shortName: string;
  name: string;
  acronym: string | null;
  nameLang: string;
  shortNameLang: string;
  yearEstablished: number;
  regionLabel: string;
  secretariatLabel: string;
  memberCount: number;
  observerCount: number;
  themeLabels: string[];
};

export function DirectoryCard({ rcp }: { rcp: TDirectoryCardData }) {
  const t = useTranslations("Rcp");
  const fullName = rcp.name !== rcp.shortName ? rcp.name : null;
  return (
    <article className="flex h-full flex-col gap-2 rounded-card border border-line bg-surface p-4 shadow-sm">
      <h2 className="text-lg font-semibold">
        <Link href={`/rcps/${rcp.slug}`} lang={rcp.shortNameLang} className="hover:underline">
          {rcp.shortName}
        </Link>
      </h2>
      {fullName && (
        <p lang={rcp.nameLang} className="text-sm text-muted">
          {fullName}
        </p>
      )}
      <p className="text-sm">
        {t("established", { year: rcp.yearEstablished })} · {rcp.regionLabel}
      </p>
      <p className="text-sm">
        {t("members", { count: rcp.memberCount })} · {t("observers", { count: rcp.observerCount })} ·{" "}
        {rcp.secretariatLabel}
      </p>
      {rcp.themeLabels.length > 0 && (
        <ul className="mt-auto flex flex-wrap gap-1 pt-2" aria-label={t("themes")}>
          {rcp.themeLabels.map((label) => (
            <li key={label} className="rounded-full bg-brand-soft px-2 py-0.5 text-xs text-brand-strong">
              {label}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
