import { useLocale, useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import type { TCellPart, TMatrixColumn, TMatrixProcess } from "./build-matrix";

type TProps = {
  processes: TMatrixProcess[];
  columns: readonly TMatrixColumn[];
  headers: Record<TMatrixColumn | "rcp", string>;
};

/**
 * The chosen processes side by side, one column each, one row per chosen field. The table scrolls in
 * its own frame so that its header row (the processes) and header column (the fields) stay in view.
 */
export function CompareTable({ processes, columns, headers }: TProps) {
  const t = useTranslations("Compare");
  const label = t("tableLabel", { names: processes.map((process) => process.shortName).join(", ") });
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="max-h-[80vh] overflow-auto rounded-card border border-line bg-surface"
    >
      <table className="w-full border-separate border-spacing-0 text-left text-sm">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky top-0 left-0 z-20 w-24 border-b border-line bg-brand-soft p-2 sm:w-40"
            >
              {headers.rcp}
            </th>
            {processes.map((process) => (
              <th
                key={process.slug}
                scope="col"
                className="sticky top-0 z-10 min-w-48 border-b border-line bg-brand-soft p-2 align-top sm:min-w-64"
              >
                <Link href={`/rcps/${process.slug}`}>{process.shortName}</Link>
                {process.name !== process.shortName && (
                  <span className="block text-xs font-normal">{process.name}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column} className="align-top">
              <th
                scope="row"
                className="sticky left-0 z-10 w-24 border-b border-line bg-surface p-2 text-xs font-semibold sm:w-40 sm:text-sm"
              >
                {headers[column]}
              </th>
              {processes.map((process) => (
                <td key={process.slug} className="border-b border-line p-2">
                  <Cell parts={process.cells[column]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A cell's lines; English shown for want of a translation is marked as the profile marks it. */
function Cell({ parts }: { parts: TCellPart[] }) {
  const locale = useLocale();
  const tRcp = useTranslations("Rcp");
  return parts.map((part, index) => (
    <p key={index} className="whitespace-pre-line [&+&]:mt-1">
      {part.isFallback ? (
        <>
          <span lang="en">{part.text}</span>{" "}
          <span lang={locale} className="text-xs text-muted">
            ({tRcp("untranslated")})
          </span>
        </>
      ) : (
        part.text
      )}
    </p>
  ));
}
