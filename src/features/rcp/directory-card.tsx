import { distinctFullName } from "~/domain/rcp/full-name";
import { Link } from "~/i18n/link";

export type TDirectoryCardData = {
  slug: string;
  shortName: string;
  name: string;
  acronym: string | null;
  nameLang: string;
  shortNameLang: string;
  regionLabel: string;
  secretariatLabel: string;
  establishedLabel: string;
  membersLabel: string;
  observersLabel: string;
  themeLabels: string[];
};

/** Every word comes formatted from the server: the card renders in the browser too, without next-intl. */
export function DirectoryCard({ rcp, themesLabel }: { rcp: TDirectoryCardData; themesLabel: string }) {
  const fullName = distinctFullName(rcp);
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
        {rcp.establishedLabel} · {rcp.regionLabel}
      </p>
      <p className="text-sm">
        {rcp.membersLabel} · {rcp.observersLabel} · {rcp.secretariatLabel}
      </p>
      {rcp.themeLabels.length > 0 && (
        <ul className="mt-auto flex flex-wrap gap-1 pt-2" aria-label={themesLabel}>
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
