import { useTranslations } from "next-intl";
import { useMemo, useRef } from "react";
import { ModeToggle } from "./mode-toggle";
import { pairLookup, type THeatmapData } from "./overlap-data";
import { OverlapHeatmap } from "./overlap-heatmap";
import { OverlapLegend } from "./overlap-legend";
import type { TOverlapState } from "./overlap-state";
import { SharedStatesPanel } from "./shared-states-panel";

type TProps = THeatmapData & { state: TOverlapState; onChange: (state: TOverlapState) => void };

/** The heatmap with its controls and the panel of the selected pair, for a given state. */
export function OverlapView({ rcps, cells, countryNames, state, onChange }: TProps) {
  const t = useTranslations("Overlap");
  const pair = useMemo(() => pairLookup(cells), [cells]);
  const bySlug = new Map(rcps.map((rcp) => [rcp.slug, rcp]));
  const row = state.selection ? bySlug.get(state.selection.row) : undefined;
  const col = state.selection ? bySlug.get(state.selection.col) : undefined;
  const selected = row && col ? { a: row, b: col, overlap: pair(row.slug, col.slug) } : null;
  const tableRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // On narrow screens the panel sits below the table, out of sight: bring it into view.
  const revealPanel = () =>
    requestAnimationFrame(() => {
      const panel = panelRef.current;
      if (!panel) return;
      const { top, bottom } = panel.getBoundingClientRect();
      if (top >= window.innerHeight || bottom <= 0) {
        const isReduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        panel.scrollIntoView({ block: "nearest", behavior: isReduced ? "auto" : "smooth" });
      }
    });
  const cellButton = (rowSlug: string, colSlug: string) => {
    const [rowIndex, colIndex] = [rowSlug, colSlug].map((slug) => rcps.findIndex((rcp) => rcp.slug === slug));
    return tableRef.current?.querySelector<HTMLButtonElement>(
      `button[data-row="${rowIndex}"][data-col="${colIndex}"]`,
    );
  };
  return (
    <div className="space-y-4">
      <div className="space-y-3">
        <ModeToggle mode={state.mode} onChange={(mode) => onChange({ ...state, mode })} />
        {state.mode === "jaccard" && <p className="max-w-3xl text-sm text-muted">{t("jaccardHelp")}</p>}
        <OverlapLegend mode={state.mode} />
      </div>
      <div className="flex flex-wrap items-start gap-6">
        <div ref={tableRef} className="max-w-full">
          <OverlapHeatmap
            rcps={rcps}
            pair={pair}
            mode={state.mode}
            selection={state.selection}
            onSelect={(selection) => {
              onChange({ ...state, selection });
              revealPanel();
            }}
          />
        </div>
        <div ref={panelRef} className="min-w-60 flex-1 lg:sticky lg:top-4">
          <SharedStatesPanel
            pair={selected}
            countryNames={countryNames}
            onClear={() => {
              const cell = state.selection && cellButton(state.selection.row, state.selection.col);
              onChange({ ...state, selection: null });
              // The clear button disappears with the selection; focus goes back to the cell.
              cell?.focus();
            }}
          />
        </div>
      </div>
      <p role="status" className="sr-only">
        {selected &&
          t("panel.status", {
            a: selected.a.shortName,
            b: selected.b.shortName,
            count: selected.overlap.shared,
          })}
      </p>
    </div>
  );
}
