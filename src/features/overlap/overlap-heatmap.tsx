import { useFormatter, useTranslations } from "next-intl";
import type { KeyboardEvent } from "react";
import type { THeatmapData, TPair } from "./overlap-data";
import { DIAGONAL_SWATCH, swatchFor, type TOverlapMode } from "./overlap-scale";
import type { TOverlapSelection } from "./overlap-state";

type TProps = {
  rcps: THeatmapData["rcps"];
  pair: (a: string, b: string) => TPair;
  mode: TOverlapMode;
  selection: TOverlapSelection | null;
  onSelect: (selection: TOverlapSelection) => void;
};

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Arrow keys move between cells (jumping the diagonal), so a keyboard need not tab through them all. */
function moveFocus(event: KeyboardEvent<HTMLTableElement>) {
  const step = ARROWS[event.key];
  const from = event.target;
  if (!step || !(from instanceof HTMLButtonElement) || from.dataset.row === undefined) return;
  let row = Number(from.dataset.row) + step[0];
  let col = Number(from.dataset.col) + step[1];
  if (row === col) [row, col] = [row + step[0], col + step[1]];
  const next = event.currentTarget.querySelector<HTMLButtonElement>(
    `button[data-row="${row}"][data-col="${col}"]`,
  );
  if (!next) return;
  event.preventDefault();
  next.focus();
}

export function OverlapHeatmap({ rcps, pair, mode, selection, onSelect }: TProps) {
  const t = useTranslations("Overlap");
  const format = useFormatter();
  const isHighlighted = (slug: string) => selection?.row === slug || selection?.col === slug;
  // A small gap before each new region makes the regional blocks readable at a glance.
  const startsRegion = (index: number) => index > 0 && rcps[index]?.region !== rcps[index - 1]?.region;
  // `relative` keeps the cells' positioned sr-only texts inside the scroll box; otherwise they
  // widen the whole page on narrow screens.
  return (
    <div className="relative overflow-x-auto pb-2">
      <table className="border-separate border-spacing-0.5 text-sm" onKeyDown={moveFocus}>
        <caption className="sr-only">{t(`caption.${mode}`)}</caption>
        <thead>
          <tr>
            <td />
            {rcps.map((rcp, index) => (
              <th
                key={rcp.slug}
                scope="col"
                className={`h-40 p-0 align-bottom font-medium ${startsRegion(index) ? "pl-2" : ""}`}
              >
                <span
                  className={`mx-auto block rotate-180 py-1 whitespace-nowrap [writing-mode:vertical-rl] ${isHighlighted(rcp.slug) ? "font-bold underline" : ""}`}
                >
                  {rcp.shortName}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rcps.map((row, rowIndex) => (
            <tr key={row.slug} className={startsRegion(rowIndex) ? "[&>*]:pt-2" : ""}>
              <th
                scope="row"
                className={`pr-2 text-right whitespace-nowrap ${isHighlighted(row.slug) ? "font-bold underline" : "font-medium"}`}
              >
                {row.shortName}
              </th>
              {rcps.map((col, colIndex) => {
                const cellClass = `p-0 ${startsRegion(colIndex) ? "pl-2" : ""}`;
                if (row.slug === col.slug) {
                  return (
                    <td key={col.slug} className={cellClass}>
                      <div
                        className="flex h-10 w-10 items-center justify-center rounded-sm border border-black/10 font-semibold tabular-nums"
                        style={{ background: DIAGONAL_SWATCH.fill, color: DIAGONAL_SWATCH.text }}
                      >
                        <span aria-hidden="true">{format.number(row.members)}</span>
                        <span className="sr-only">{t("memberStates", { count: row.members })}</span>
                      </div>
                    </td>
                  );
                }
                const { shared, jaccard } = pair(row.slug, col.slug);
                const value = mode === "shared" ? shared : jaccard;
                const shown =
                  mode === "shared"
                    ? format.number(shared)
                    : format.number(jaccard, { style: "percent", maximumFractionDigits: 0 });
                const swatch = swatchFor(value, mode);
                const isSelected = selection?.row === row.slug && selection.col === col.slug;
                const isMirror = selection?.row === col.slug && selection.col === row.slug;
                return (
                  <td key={col.slug} className={cellClass}>
                    <button
                      type="button"
                      data-row={rowIndex}
                      data-col={colIndex}
                      aria-pressed={isSelected}
                      aria-label={
                        mode === "shared"
                          ? t("cell.shared", { a: row.shortName, b: col.shortName, count: shared })
                          : t("cell.jaccard", { a: row.shortName, b: col.shortName, value: shown })
                      }
                      onClick={() => onSelect({ row: row.slug, col: col.slug })}
                      // 196 cells: their shared look is one class (globals.css) to keep the page light.
                      className={
                        isSelected
                          ? "heatmap-cell font-bold outline-3 outline-offset-1 outline-ink"
                          : isMirror
                            ? "heatmap-cell outline-2 outline-offset-1 outline-ink outline-dashed"
                            : "heatmap-cell"
                      }
                      style={{ background: swatch.fill, color: swatch.text }}
                    >
                      {shown}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
