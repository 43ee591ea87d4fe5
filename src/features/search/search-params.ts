// The results page's address, read as hostile: it is typed into the header's box, shared, edited by
// hand. The words and dates a person typed are refused with their reason; a filter value that does
// not parse (an edited address) is dropped and the search still runs.
import { ZSearchInput, type TSearchQuery } from "~/domain/search/schema";
import type { TLocale } from "~/i18n/routing";
import type { TSearchParams } from "~/lib/search-params";

export const SEARCH_FILTER_KEYS = ["type", "rcp", "theme", "from", "to"] as const;
export type TSearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];
export type TSearchFilters = Partial<Record<TSearchFilterKey, string>>;

/** Refusals shown to the reader (keys of Search.errors); anything else is a malformed filter, dropped. */
const SHOWN = [
  "searchTooLong",
  "searchEmpty",
  "searchInvalidCharacters",
  "searchDate",
  "searchDateOrder",
] as const;
export type TSearchRefusal = (typeof SHOWN)[number];
type TTypedField = "q" | "from" | "to";

const isShown = (message: string): message is TSearchRefusal =>
  (SHOWN as readonly string[]).includes(message);
const isTyped = (field: string): field is TTypedField => field === "q" || field === "from" || field === "to";

export type TSearchState =
  | { kind: "start"; filters: TSearchFilters }
  | { kind: "refused"; q: string; field: TTypedField; reason: TSearchRefusal; filters: TSearchFilters }
  | { kind: "ready"; input: TSearchQuery; filters: TSearchFilters };

const single = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw);

export function readSearchParams(params: TSearchParams, locale: TLocale): TSearchState {
  const q = single(params.q) ?? "";
  const filters: TSearchFilters = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const value = single(params[key]);
    if (value) filters[key] = value;
  }
  if (q.trim() === "") return { kind: "start", filters };
  const page = Number(single(params.page) ?? "1");
  const input: Record<string, unknown> = {
    q,
    locale,
    ...filters,
    ...(Number.isInteger(page) ? { page } : {}),
  };
  for (let attempt = 0; attempt <= Object.keys(input).length; attempt++) {
    const result = ZSearchInput.safeParse(input);
    if (result.success) return { kind: "ready", input: result.data, filters };
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "q");
      if (isTyped(field) && isShown(issue.message))
        return { kind: "refused", q, field, reason: issue.message, filters };
      delete input[field];
      delete filters[field as TSearchFilterKey];
    }
  }
  return { kind: "refused", q, field: "q", reason: "searchInvalidCharacters", filters };
}
