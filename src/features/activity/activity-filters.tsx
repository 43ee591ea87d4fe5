import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";
import { controlProps, Field, inputClass, SelectOptions, type TOption } from "~/components/ui/form-field";
import { PlainLink } from "~/components/ui/plain-link";
import { getPathname } from "~/i18n/navigation";
import type { TLocale } from "~/i18n/routing";
import type { TListFilterKey } from "./list-query";

export type TFilterOptions = Partial<Record<"kind" | "theme" | "region" | "rcp" | "country", TOption[]>>;

type TProps = {
  locale: TLocale;
  /** The list's address without its locale; the form sends its values there by GET. */
  path: string;
  filters: Partial<Record<TListFilterKey, string>>;
  options: TFilterOptions;
};

/**
 * The filters as a plain GET form: it works without JavaScript, and the choice lands in the
 * address, which can be shared. Applying filters starts the list again from its first page.
 */
export function ActivityFilters({ locale, path, filters, options }: TProps) {
  const t = useTranslations("ActivitiesList");
  const selects = (["kind", "theme", "region", "rcp", "country"] as const).filter((key) => options[key]);
  return (
    <form
      method="get"
      action={getPathname({ href: path, locale })}
      role="search"
      aria-label={t("filters")}
      className="grid gap-4 rounded-card border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <Field id="filter-when" label={t("when")}>
        <select
          name="when"
          defaultValue={filters.when ?? "upcoming"}
          className={inputClass}
          {...controlProps("filter-when", {})}
        >
          <option value="upcoming">{t("upcoming")}</option>
          <option value="past">{t("past")}</option>
        </select>
      </Field>
      {selects.map((key) => (
        <Field key={key} id={`filter-${key}`} label={t(key)}>
          <select
            name={key}
            defaultValue={filters[key] ?? ""}
            className={inputClass}
            {...controlProps(`filter-${key}`, {})}
          >
            <SelectOptions options={options[key] ?? []} emptyLabel={t("any")} />
          </select>
        </Field>
      ))}
      {(["from", "to"] as const).map((key) => (
        <Field key={key} id={`filter-${key}`} label={t(key)}>
          <input
            type="date"
            name={key}
            defaultValue={filters[key] ?? ""}
            min="1980-01-01"
            max="2100-12-31"
            className={inputClass}
            {...controlProps(`filter-${key}`, {})}
          />
        </Field>
      ))}
      <div className="flex flex-wrap items-end gap-4 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{t("apply")}</Button>
        <PlainLink href={path} className="py-2 font-medium">
          {t("clear")}
        </PlainLink>
      </div>
    </form>
  );
}
