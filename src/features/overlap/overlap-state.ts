import type { TOverlapMode } from "./overlap-scale";

/** The clicked cell: `row` and `col` are RCP slugs, never equal. */
export type TOverlapSelection = { row: string; col: string };
export type TOverlapState = { mode: TOverlapMode; selection: TOverlapSelection | null };

export const DEFAULT_OVERLAP_STATE: TOverlapState = { mode: "shared", selection: null };

type TParams = { get(name: string): string | null };

/** The state a shared link carries (`?a=…&b=…&mode=jaccard`); anything unknown is ignored. */
export function readOverlapState(params: TParams, slugs: ReadonlySet<string>): TOverlapState {
  const mode = params.get("mode") === "jaccard" ? "jaccard" : "shared";
  const row = params.get("a");
  const col = params.get("b");
  const isPair = row !== null && col !== null && row !== col && slugs.has(row) && slugs.has(col);
  return { mode, selection: isPair ? { row, col } : null };
}

/** The query string for a state, keeping parameters that belong to others; "" when there are none. */
export function writeOverlapState(current: URLSearchParams, state: TOverlapState): string {
  const params = new URLSearchParams(current);
  for (const name of ["a", "b", "mode"]) params.delete(name);
  if (state.selection) {
    params.set("a", state.selection.row);
    params.set("b", state.selection.col);
  }
  if (state.mode !== "shared") params.set("mode", state.mode);
  const query = params.toString();
  return query ? `?${query}` : "";
}
