import { useLocale, useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";
import { controlProps, Field, inputClass, SelectOptions } from "~/components/ui/form-field";
import { RECOMMENDATION_STATUSES } from "~/domain/recommendation/vocabulary";
import { getPathname } from "~/i18n/navigation";

type TProps = {
  path: string;
  status?: string;
  rcp?: string;
  rcps: { slug: string; name: string }[];
};

/** Status and process as a plain GET form: it works without JavaScript and the address can be shared. */
export function ThemeFilters({ path, status, rcp, rcps }: TProps) {
  const t = useTranslations("RecommendationView");
  const tStatus = useTranslations("RecommendationStatus");
  const locale = useLocale();
  return (
    <form
      method="get"
      action={getPathname({ href: path, locale })}
      role="search"
      aria-label={t("apply")}
      className="flex flex-wrap items-end gap-4 rounded-card border border-line bg-surface p-4"
    >
      <Field id="filter-status" label={t("filterStatus")}>
        <select
          name="status"
          defaultValue={status ?? ""}
          className={inputClass}
          {...controlProps("filter-status", {})}
        >
          <SelectOptions
            options={RECOMMENDATION_STATUSES.map((value) => ({ value, label: tStatus(value) }))}
            emptyLabel={t("allStatuses")}
          />
        </select>
      </Field>
      <Field id="filter-rcp" label={t("filterProcess")}>
        <select
          name="rcp"
          defaultValue={rcp ?? ""}
          className={inputClass}
          {...controlProps("filter-rcp", {})}
        >
          <SelectOptions
            options={rcps.map((entry) => ({ value: entry.slug, label: entry.name }))}
            emptyLabel={t("allProcesses")}
          />
        </select>
      </Field>
      <Button type="submit">{t("apply")}</Button>
    </form>
  );
}
