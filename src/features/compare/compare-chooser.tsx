import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";
import { MATRIX_COLUMNS, type TMatrixColumn, type TMatrixProcess } from "./build-matrix";
import type { TSelection } from "./selection";

type TProps = {
  processes: TMatrixProcess[];
  headers: Record<TMatrixColumn | "rcp", string>;
  selection: TSelection;
};

/**
 * The choice of processes and columns as a plain GET form: it works before (or without) the page's
 * scripts on a slow connection, and the address it leads to is the comparison to share.
 */
export function CompareChooser({ processes, headers, selection }: TProps) {
  const t = useTranslations("Compare");
  const hasComparison = selection.slugs.length >= 2;
  return (
    <details open={!hasComparison} className="rounded-card border border-line bg-surface p-4">
      <summary className="cursor-pointer">
        <h2 id="chooser-heading" className="inline text-xl font-semibold">
          {t("chooser")}
        </h2>
      </summary>
      <form method="get" aria-labelledby="chooser-heading" className="space-y-4 pt-4">
        <fieldset>
          <legend className="mb-2 font-medium">{t("processes")}</legend>
          <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {processes.map((process) => (
              <label key={process.slug} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="rcp"
                  value={process.slug}
                  defaultChecked={!selection.isAll && selection.slugs.includes(process.slug)}
                  className="mt-0.5 size-4 shrink-0"
                />
                {process.shortName}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-2 font-medium">{t("columns")}</legend>
          <p className="mb-2 text-sm text-muted">{t("columnsHint")}</p>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {MATRIX_COLUMNS.map((column) => (
              <label key={column} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="col"
                  value={column}
                  defaultChecked={selection.columns.includes(column)}
                  className="size-4"
                />
                {headers[column]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap gap-3">
          <Button type="submit">{t("submit")}</Button>
          <Button type="submit" name="all" value="1" variant="secondary">
            {t("compareAll", { count: processes.length })}
          </Button>
        </div>
      </form>
    </details>
  );
}
