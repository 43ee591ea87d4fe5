import { useTranslations } from "next-intl";
import { PartialDate } from "~/components/ui/partial-date";
import type { TDatePrecision } from "~/lib/partial-date";

export type TPeriod = {
  startDate: Date | null;
  startPrecision: TDatePrecision | null;
  endDate: Date | null;
  endPrecision: TDatePrecision | null;
};

/** "2006 – 2007", "since 2006", "until 2003", or that the dates are not recorded. */
export function Period({ period }: { period: TPeriod }) {
  const t = useTranslations("Country");
  const { startDate, startPrecision, endDate, endPrecision } = period;
  const start = () => startDate && <PartialDate date={startDate} precision={startPrecision} />;
  const end = () => endDate && <PartialDate date={endDate} precision={endPrecision} />;
  if (startDate && endDate) return <>{t.rich("fromTo", { start, end })}</>;
  if (startDate) return <>{t.rich("since", { date: start, precision: startPrecision ?? "DAY" })}</>;
  if (endDate) return <>{t.rich("until", { date: end, precision: endPrecision ?? "DAY" })}</>;
  return <span className="text-muted">{t("undated")}</span>;
}
