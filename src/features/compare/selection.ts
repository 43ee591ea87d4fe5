import type { TSearchParams } from "~/lib/search-params";
import { MATRIX_COLUMNS, type TMatrixColumn } from "./build-matrix";

/**
 * More values than there are processes and columns together: a longer list is not a choice made in
 * the chooser, so the page reads only this many and the CSV download refuses it.
 */
export const MAX_SELECTION_VALUES = 40;

export type TSelection = {
  /** The chosen processes, known slugs only, each once, in the order of the address. */
  slugs: string[];
  isAll: boolean;
  /** The chosen columns in matrix order; all of them when none is chosen. */
  columns: TMatrixColumn[];
  /** The address held more values than MAX_SELECTION_VALUES; the extra ones were dropped. */
  isTruncated: boolean;
};

/**
 * The choice in a compare address: `?rcp=a&rcp=b&col=year&col=areas`, as the chooser form submits it,
 * or `?all=1` for every process. Addresses are shared and edited by hand: unknown values are ignored,
 * comma-separated lists are read too (and `cols=`, the address of the earlier column picker).
 */
export function parseSelection(params: URLSearchParams, knownSlugs: readonly string[]): TSelection {
  const read = (...keys: string[]) =>
    keys.flatMap((key) => params.getAll(key)).flatMap((value) => value.split(","));
  const rcps = read("rcp");
  const cols = read("col", "cols");
  const isTruncated = rcps.length > MAX_SELECTION_VALUES || cols.length > MAX_SELECTION_VALUES;
  const known = new Set(knownSlugs);
  const isAll = params.get("all") === "1";
  const chosen = [...new Set(rcps.slice(0, MAX_SELECTION_VALUES))].filter((slug) => known.has(slug));
  const wanted = new Set(cols.slice(0, MAX_SELECTION_VALUES));
  const columns = MATRIX_COLUMNS.filter((column) => wanted.has(column));
  return {
    slugs: isAll ? [...knownSlugs] : chosen,
    isAll,
    columns: columns.length > 0 ? columns : [...MATRIX_COLUMNS],
    isTruncated,
  };
}

/** A page's search params as the URLSearchParams a route handler reads. */
export function toUrlSearchParams(params: TSearchParams): URLSearchParams {
  const result = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      result.append(key, item);
    }
  }
  return result;
}

/** The address of a selection, as the chooser would submit it (all columns: no `col`). */
export function selectionQuery(selection: Pick<TSelection, "slugs" | "isAll" | "columns">): string {
  const params = new URLSearchParams();
  if (selection.isAll) params.append("all", "1");
  else for (const slug of selection.slugs) params.append("rcp", slug);
  if (selection.columns.length < MATRIX_COLUMNS.length) {
    for (const column of selection.columns) params.append("col", column);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
