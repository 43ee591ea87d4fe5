"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { buttonClass } from "~/components/ui/button-class";
import type { TLocale } from "~/i18n/routing";
import { DirectoryCard, type TDirectoryCardData } from "./directory-card";
import {
  filterDirectory,
  parseDirectoryFilters,
  serializeDirectoryFilters,
  type TCountryOption,
  type TDirectoryEntry,
  type TDirectoryFilters,
} from "./directory-filters";
import type { TDirectoryLabels } from "./load-directory";

export type TDirectoryItem = TDirectoryEntry & TDirectoryCardData;
type TOption = { value: string; label: string };
type TProps = {
  locale: TLocale;
  labels: TDirectoryLabels;
  items: TDirectoryItem[];
  regions: TOption[];
  themes: TOption[];
  countries: TCountryOption[];
};

/** The directory with its filters; every filter lives in the query string so views can be shared. */
export function DirectoryBrowser(props: TProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const { regions, themes, countries } = props;
  const vocabulary = useMemo(
    () => ({
      regions: new Set(regions.map((o) => o.value)),
      themes: new Set(themes.map((o) => o.value)),
      countries: new Set(countries.map((o) => o.value)),
    }),
    [regions, themes, countries],
  );
  const filters = parseDirectoryFilters(new URLSearchParams(searchParams.toString()), vocabulary);

  // Native history updates keep useSearchParams in sync without a round trip to the server.
  function update(change: Partial<TDirectoryFilters> | null) {
    const query = change ? serializeDirectoryFilters({ ...filters, ...change }) : "";
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
  }
  return <DirectoryView {...props} filters={filters} onChange={update} />;
}

const UNFILTERED = parseDirectoryFilters(new URLSearchParams(), {
  regions: new Set(),
  themes: new Set(),
  countries: new Set(),
});

/**
 * The unfiltered directory, as the cached page's HTML shows it before the browser reads the query
 * string. It takes the very same props as DirectoryBrowser, so the page's payload carries the list once.
 */
export function DirectoryPreview(props: TProps) {
  return <DirectoryView {...props} filters={UNFILTERED} onChange={() => undefined} />;
}

type TViewProps = TProps & {
  filters: TDirectoryFilters;
  onChange: (change: Partial<TDirectoryFilters> | null) => void;
};

function DirectoryView(props: TViewProps) {
  const { locale, labels, items, regions, themes, countries, filters, onChange: update } = props;
  // The words come formatted from the server (load-directory.ts): no message formatter in the browser.
  const t = (key: Exclude<keyof TDirectoryLabels, "counts">) => labels[key];
  const shown = filterDirectory(items, filters, locale, countries);

  const isFiltered = serializeDirectoryFilters({ ...filters, sort: "name" }) !== "";
  return (
    <div className="space-y-6">
      <form
        role="search"
        aria-label={t("filters")}
        className="grid gap-4 rounded-card border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-5"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="space-y-1 lg:col-span-1">
          <label htmlFor="directory-q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input
            id="directory-q"
            type="search"
            value={filters.q}
            maxLength={100}
            onChange={(event) => update({ q: event.target.value })}
            className="w-full rounded border border-line px-3 py-2"
          />
        </div>
        <Select
          id="directory-region"
          label={t("region")}
          any={t("anyRegion")}
          value={filters.region}
          options={regions}
          onChange={(region) => update({ region })}
        />
        <Select
          id="directory-theme"
          label={t("theme")}
          any={t("anyTheme")}
          value={filters.theme}
          options={themes}
          onChange={(theme) => update({ theme })}
        />
        <Select
          id="directory-country"
          label={t("country")}
          any={t("anyCountry")}
          value={filters.country}
          options={countries}
          onChange={(country) => update({ country })}
        />
        <div className="space-y-1">
          <label htmlFor="directory-sort" className="block text-sm font-medium">
            {t("sort")}
          </label>
          <select
            id="directory-sort"
            value={filters.sort}
            onChange={(event) => update({ sort: event.target.value === "year" ? "year" : "name" })}
            className="w-full rounded border border-line bg-surface px-3 py-2"
          >
            <option value="name">{t("sortName")}</option>
            <option value="year">{t("sortYear")}</option>
          </select>
        </div>
      </form>
      <p role="status" className="text-sm text-muted">
        {labels.counts[shown.length]}
      </p>
      {shown.length === 0 ? (
        <div className="rounded-card border border-dashed border-line bg-surface p-6">
          <p>{t("empty")}</p>
          <button
            type="button"
            onClick={() => update(null)}
            className={`${buttonClass({ size: "sm" })} mt-3`}
          >
            {t("clear")}
          </button>
        </div>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {shown.map((item) => (
            <li key={item.slug}>
              <DirectoryCard rcp={item} themesLabel={labels.themes} />
            </li>
          ))}
        </ul>
      )}
      {isFiltered && shown.length > 0 && (
        <button
          type="button"
          onClick={() => update(null)}
          className="text-sm font-medium text-brand underline"
        >
          {t("clear")}
        </button>
      )}
    </div>
  );
}

type TSelectProps = {
  id: string;
  label: string;
  any: string;
  value: string | null;
  options: TOption[];
  onChange: (value: string | null) => void;
};

function Select({ id, label, any, value, options, onChange }: TSelectProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value || null)}
        className="w-full rounded border border-line bg-surface px-3 py-2"
      >
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
