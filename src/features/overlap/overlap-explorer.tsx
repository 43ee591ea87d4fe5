"use client";

import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import type { THeatmapData } from "./overlap-data";
import {
  DEFAULT_OVERLAP_STATE,
  readOverlapState,
  writeOverlapState,
  type TOverlapState,
} from "./overlap-state";
import { OverlapView } from "./overlap-view";

/**
 * The interactive heatmap. Its state lives in the query string so a pair can be shared by link;
 * the page wraps it in <Suspense> with OverlapExplorerFallback so it stays statically rendered.
 */
export function OverlapExplorer(data: THeatmapData) {
  const searchParams = useSearchParams();
  const slugs = useMemo(() => new Set(data.rcps.map((rcp) => rcp.slug)), [data.rcps]);
  const state = readOverlapState(searchParams, slugs);
  const update = (next: TOverlapState) => {
    const query = writeOverlapState(new URLSearchParams(searchParams.toString()), next);
    // Next keeps useSearchParams in step with the History API, without a server round trip.
    window.history.replaceState(null, "", `${window.location.pathname}${query}`);
  };
  return <OverlapView {...data} state={state} onChange={update} />;
}

/** The same heatmap in its default state, in the HTML sent before the query string is read. */
export function OverlapExplorerFallback(data: THeatmapData) {
  return <OverlapView {...data} state={DEFAULT_OVERLAP_STATE} onChange={() => undefined} />;
}
