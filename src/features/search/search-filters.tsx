import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";
import { controlProps, Field, inputClass, SelectOptions, type TOption } from "~/components/ui/form-field";
import { PlainLink } from "~/components/ui/plain-link";
import { SEARCH_LIMITS, SEARCH_TYPES } from "~/domain/search/schema";
import { getPathname } from "~/i18n/navigation";
import type { TLocale } from "~/i18n/routing";
import type { TSearchFilters } from "./search-params";

type TProps = {
  locale: TLocale;
  q: string;
  filters: TSearchFilters;
  options: { rcp: TOption[]; theme: TOption[] };
  /** The refusal of the words or dates typed, already in the reader's language. */
  error?: { field: "q" | "from" | "to"; message: string };
};

/** The words and the filters as one plain GET form: it works without JavaScript and can be shared. */
export function SearchFilters({ locale, q, filters, options, error }: TProps) {
  const t = useTranslations("Search");
  const errorOf = (field: "q" | "from" | "to") => (error?.field === field ? error.message : undefined);
  return (
    <form
      method="get"
      action={getPathname({ href: "/search", locale })}
      role="search"
      aria-label={t("filters")}
      noValidate
      className="grid gap-4 rounded-card border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <Field
        id="search-q"
        label={t("query")}
        error={errorOf("q")}
        className="space-y-1 sm:col-span-2 lg:col-span-4"
      >
        <input
          type="search"
          name="q"
          defaultValue={q}
          maxLength={SEARCH_LIMITS.query}
          className={inputClass}
          {...controlProps("search-q", { error: errorOf("q") })}
        />
      </Field>
      <Field id="search-type" label={t("type")}>
        <select
          name="type"
          defaultValue={filters.type ?? ""}
          className={inputClass}
          {...controlProps("search-type", {})}
        >
          <SelectOptions
            options={SEARCH_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
            emptyLabel={t("any")}
          />
        </select>
      </Field>
      {(["rcp", "theme"] as const).map((key) => (
        <Field key={key} id={`search-${key}`} label={t(key)}>
          <select
            name={key}
            defaultValue={filters[key] ?? ""}
            className={inputClass}
            {...controlProps(`search-${key}`, {})}
          >
            <SelectOptions options={options[key]} emptyLabel={t("any")} />
          </select>
        </Field>
      ))}
      <div className="grid grid-cols-2 gap-2">
        {(["from", "to"] as const).map((key) => (
          <Field key={key} id={`search-${key}`} label={t(key)} error={errorOf(key)}>
            <input
              type="date"
              name={key}
              defaultValue={filters[key] ?? ""}
              min="1980-01-01"
              max="2100-12-31"
              className={inputClass}
              {...controlProps(`search-${key}`, { error: errorOf(key) })}
            />
          </Field>
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-4 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{t("apply")}</Button>
        <PlainLink href="/search" className="py-2 font-medium">
          {t("clear")}
        </PlainLink>
      </div>
    </form>
  );
}
