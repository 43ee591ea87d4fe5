"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import type { THeatmapData } from "./overlap-data";
import {
  DEFAULT_OVERLAP_STATE,
  readOverlapState,
  writeOverlapState,
  type TOverlapState,
} from "./overlap-state";
import { OverlapView } from "./overlap-view";

/**
 * The interactive heatmap. A shared link's query string gives the starting state, and every
 * change is written back to it; the page wraps this in <Suspense> with OverlapExplorerFallback
 * so that it stays statically rendered.
 */
export function OverlapExplorer(data: THeatmapData) {
  const searchParams = useSearchParams();
  // Local state answers the click at once; the address follows.
  const [state, setState] = useState(() =>
    readOverlapState(searchParams, new Set(data.rcps.map((rcp) => rcp.slug))),
  );
  const update = (next: TOverlapState) => {
    setState(next);
    const query = writeOverlapState(new URLSearchParams(window.location.search), next);
    window.history.replaceState(null, "", `${window.location.pathname}${query}`);
  };
  return <OverlapView {...data} state={state} onChange={update} />;
}

/** The same heatmap in its default state, in the HTML sent before the query string is read. */
export function OverlapExplorerFallback(data: THeatmapData) {
  return <OverlapView {...data} state={DEFAULT_OVERLAP_STATE} onChange={() => undefined} />;
}
