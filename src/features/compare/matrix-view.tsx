"use client";

import { useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { Button } from "~/components/ui/button";
import { Link } from "~/i18n/link";
import { MATRIX_COLUMNS, parseColumns, type TMatrix, type TMatrixColumn } from "./build-matrix";

type TProps = { matrix: TMatrix; headers: Record<TMatrixColumn | "rcp", string> };

/** The matrix with a choice of columns; the choice lives in `?cols=` and carries into the CSV. */
export function MatrixView({ matrix, headers }: TProps) {
  const t = useTranslations("Compare");
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const columns = parseColumns(searchParams.get("cols"));
  const query = columns.length === MATRIX_COLUMNS.length ? "" : `?cols=${columns.join(",")}`;

  function toggle(column: TMatrixColumn) {
    const next = columns.includes(column)
      ? columns.filter((c) => c !== column)
      : MATRIX_COLUMNS.filter((c) => c === column || columns.includes(c));
    if (next.length === 0) return;
    const value = next.length === MATRIX_COLUMNS.length ? "" : `?cols=${next.join(",")}`;
    window.history.replaceState(null, "", `${pathname}${value}`);
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <fieldset className="flex flex-wrap gap-x-4 gap-y-2">
          <legend className="mb-1 text-sm font-medium">{t("columns")}</legend>
          {MATRIX_COLUMNS.map((column) => (
            <label key={column} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={columns.includes(column)}
                disabled={columns.length === 1 && columns.includes(column)}
                onChange={() => toggle(column)}
              />
              {headers[column]}
            </label>
          ))}
        </fieldset>
        <Button asChild size="sm">
          <a href={`${pathname}/csv${query}`} download>
            {t("download")}
          </a>
        </Button>
      </div>
      <MatrixTable matrix={matrix} headers={headers} columns={columns} />
    </div>
  );
}

export function MatrixTable({ matrix, headers, columns }: TProps & { columns: readonly TMatrixColumn[] }) {
  const t = useTranslations("Compare");
  return (
    <div
      role="region"
      aria-label={t("tableLabel")}
      tabIndex={0}
      className="overflow-x-auto rounded-card border border-line bg-surface"
    >
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("tableLabel")}</caption>
        <thead className="bg-brand-soft">
          <tr>
            <th scope="col" className="sticky left-0 bg-brand-soft p-2">
              {headers.rcp}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="p-2">
                {headers[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.slug} className="border-t border-line align-top">
              <th scope="row" className="sticky left-0 w-48 bg-surface p-2 font-semibold">
                <Link href={`/rcps/${row.slug}`}>{row.rcp}</Link>
              </th>
              {columns.map((column) => (
                <td key={column} className={`p-2 whitespace-pre-line ${column === "year" ? "" : "min-w-64"}`}>
                  {row.cells[column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
