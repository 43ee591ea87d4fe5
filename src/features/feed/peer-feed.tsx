import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "~/components/ui/button";
import { controlProps, Field, inputClass, SelectOptions } from "~/components/ui/form-field";
import { Section } from "~/components/ui/section";
import type { TFeedFilters } from "~/domain/peer-event/feed-schema";
import { getPathname } from "~/i18n/navigation";
import type { TLocale } from "~/i18n/routing";
import { queryString } from "~/lib/search-params";
import { EventSentence, type TSentenceSegment } from "./event-sentence";
import type { TFeedOptions } from "./load-feed";

type TItem = { id: string; createdAt: Date; sentence: TSentenceSegment[]; reasons: string[] };

type TProps = {
  locale: TLocale;
  page: { items: TItem[]; nextBefore: string | null; isEverything: boolean };
  filters: TFeedFilters;
  options: TFeedOptions;
  isFiltered: boolean;
};

const FILTERS = ["rcp", "theme", "region", "kind"] as const;

/** "What your peers are doing": the signed-in home page's feed, filtered by a plain GET form. */
export async function PeerFeed({ locale, page, filters, options, isFiltered }: TProps) {
  const t = await getTranslations("FeedPage");
  const format = await getFormatter();
  const home = getPathname({ href: "/", locale });
  const older = page.nextBefore ? `${home}${queryString({ ...filters, before: page.nextBefore })}` : null;
  return (
    <Section id="peer-updates" title={t("title")}>
      <p className="text-sm text-muted">{page.isEverything ? t("introEverything") : t("intro")}</p>
      <form
        method="get"
        action={home}
        role="search"
        aria-label={t("filters")}
        className="grid gap-4 rounded-card border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        {FILTERS.map((key) => (
          <Field key={key} id={`feed-${key}`} label={t(`filter.${key}`)}>
            <select
              name={key}
              defaultValue={filters[key] ?? ""}
              className={inputClass}
              {...controlProps(`feed-${key}`, {})}
            >
              <SelectOptions options={options[key]} emptyLabel={t("any")} />
            </select>
          </Field>
        ))}
        <div className="flex flex-wrap items-end gap-4 sm:col-span-2 lg:col-span-4">
          <Button type="submit">{t("apply")}</Button>
          {isFiltered && (
            <a href={home} className="py-2 font-medium">
              {t("clear")}
            </a>
          )}
        </div>
      </form>
      {page.items.length === 0 ? (
        <div className="rounded-card border border-line bg-surface p-4">
          <p>{isFiltered ? t("emptyFiltered") : t("empty")}</p>
          <p className="text-sm text-muted">
            {t.rich("emptyNext", {
              rcps: (chunks) => (
                <a href={getPathname({ href: "/rcps", locale })} className="underline">
                  {chunks}
                </a>
              ),
              countries: (chunks) => (
                <a href={getPathname({ href: "/countries", locale })} className="underline">
                  {chunks}
                </a>
              ),
            })}
          </p>
        </div>
      ) : (
        <ol className="space-y-3" aria-label={t("listLabel")}>
          {page.items.map((item) => (
            <li key={item.id} className="rounded-card border border-line bg-surface p-4">
              <p>
                <EventSentence segments={item.sentence} />
              </p>
              <p className="text-sm text-muted">
                <time dateTime={item.createdAt.toISOString()}>
                  {format.dateTime(item.createdAt, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: "UTC",
                  })}{" "}
                  UTC
                </time>
                {item.reasons.length > 0 && <> · {item.reasons.join(" · ")}</>}
              </p>
            </li>
          ))}
        </ol>
      )}
      {older && (
        <p>
          <a href={older} className="font-medium">
            {t("older")}
          </a>
        </p>
      )}
    </Section>
  );
}
