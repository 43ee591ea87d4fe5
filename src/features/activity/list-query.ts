// The activity lists' filters live in their address (a GET form writes them), so they are shared
// and edited by hand: every value is read as hostile. One that is malformed or unknown is dropped,
// named in `ignored` for the page to say so, and the others still apply.
import type { z } from "zod";
import { ZActivityListInput } from "~/domain/activity/schema";
import type { TSearchParams } from "~/lib/search-params";
import { queryString } from "~/lib/search-params";

export type TActivityListInput = z.output<typeof ZActivityListInput>;
export type TListFilterKey = "when" | "kind" | "region" | "rcp" | "theme" | "country" | "from" | "to";

export const FILTER_KEYS: readonly TListFilterKey[] = [
  "when",
  "kind",
  "region",
  "rcp",
  "theme",
  "country",
  "from",
  "to",
];
const CURSOR_KEYS = ["after", "before"] as const;
const MAX_VALUE_LENGTH = 100;

export type TParsedListQuery = {
  input: TActivityListInput;
  /** The filters as they are in effect, for the form and the links. */
  filters: Partial<Record<TListFilterKey, string>>;
  ignored: string[];
};

const single = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw);

/** "2031-03-03.ckx…" ↔ { startDate, id }: readable in the address, parsed by the same schema. */
function cursorOf(value: string, direction: "after" | "before") {
  const dot = value.indexOf(".");
  if (dot < 0) return null;
  const parsed = ZActivityListInput.shape.cursor.safeParse({
    startDate: value.slice(0, dot),
    id: value.slice(dot + 1),
    direction,
  });
  return parsed.success ? parsed.data : null;
}

export function parseActivityListQuery(
  params: TSearchParams,
  fixed: Partial<TActivityListInput> = {},
): TParsedListQuery {
  const ignored: string[] = [];
  const filters: Partial<Record<TListFilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    if (key in fixed) continue;
    const raw = single(params[key]);
    if (raw === undefined || raw === "") continue;
    const value = key === "country" ? raw.toUpperCase() : raw;
    const field = ZActivityListInput.shape[key];
    if (value.length <= MAX_VALUE_LENGTH && field.safeParse(value).success) filters[key] = value;
    else ignored.push(key);
  }
  // A range that ends before it starts finds nothing; say so rather than show an empty list.
  if (filters.from && filters.to && filters.to < filters.from) {
    delete filters.to;
    ignored.push("to");
  }
  let cursor = null;
  for (const key of CURSOR_KEYS) {
    const raw = single(params[key]);
    if (raw === undefined || raw === "" || cursor) continue;
    cursor = raw.length <= MAX_VALUE_LENGTH ? cursorOf(raw, key) : null;
    if (!cursor) ignored.push(key);
  }
  const input = ZActivityListInput.parse({ ...filters, ...fixed, ...(cursor ? { cursor } : {}) });
  return { input, filters, ignored };
}

/** The address of another page or view of the same list, keeping the filters. */
export function listHref(
  path: string,
  filters: Partial<Record<TListFilterKey, string>>,
  extra: Partial<Record<TListFilterKey | "after" | "before", string>> = {},
): string {
  return `${path}${queryString({ ...filters, ...extra })}`;
}

export const cursorParam = (cursor: { startDate: string; id: string }) => `${cursor.startDate}.${cursor.id}`;
