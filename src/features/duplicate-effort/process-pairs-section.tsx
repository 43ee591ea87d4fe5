import "server-only";
import { TRPCError } from "@trpc/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { PlainLink } from "~/components/ui/plain-link";
import { processNames, themeNames, type TDuplicateTranslate } from "~/domain/duplicate-effort/sentence";
import { activityTitle } from "~/features/activity/activity-text";
import type { TLocale } from "~/i18n/routing";
import { requestCaller } from "~/trpc/server";

/**
 * On the overlap page's per-request twin, for secretariats: pairs of processes whose activities
 * on a shared theme fall within 60 days of each other in the coming year, with the next ones.
 * Anyone else is refused by the procedure, and the section is absent.
 */
export async function ProcessPairsSection({ locale }: { locale: TLocale }) {
  const caller = await requestCaller();
  const pairs = await caller.duplicateEffort.listPairs().catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN"))
      return null;
    throw error;
  });
  if (!pairs) return null;
  const t = await getTranslations("DuplicateEffortPairs");
  const format = await getFormatter();
  // The warnings' own wording of processes and themes, articles included.
  const names = (await getTranslations("DuplicateEffort")) as unknown as TDuplicateTranslate;
  const day = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section aria-labelledby="process-pairs-heading" className="space-y-3">
      <h2 id="process-pairs-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-3xl text-muted">{t("intro")}</p>
      {pairs.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {pairs.map((pair) => (
            <li
              key={`${pair.a.slug} ${pair.b.slug}`}
              className="rounded-card border border-line bg-surface p-3"
            >
              <p className="font-medium">
                {t("pair", {
                  processes: processNames([pair.a, pair.b], locale, names),
                  count: pair.count,
                  themes: themeNames(
                    pair.themes.map((theme) => theme.label),
                    locale,
                    names,
                  ),
                })}
              </p>
              <ul className="mt-1 space-y-1 text-sm">
                {pair.next.map((item) => (
                  <li key={`${item.a.slug} ${item.b.slug}`}>
                    <PlainLink href={`/activities/${item.a.slug}`} className="underline underline-offset-2">
                      {activityTitle(item.a.title, locale)}
                    </PlainLink>{" "}
                    ({day(item.a.startDate)}) ·{" "}
                    <PlainLink href={`/activities/${item.b.slug}`} className="underline underline-offset-2">
                      {activityTitle(item.b.title, locale)}
                    </PlainLink>{" "}
                    ({day(item.b.startDate)})
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
