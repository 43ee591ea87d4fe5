import { useFormatter, useLocale } from "next-intl";
import { formatPartialDate, type TDatePrecision } from "~/lib/partial-date";
import { sameMonthDayRange, type TDatedEdge } from "~/lib/partial-date-range";

/** A date shown only as precisely as it is known: "2003", "May 2004" or "14 April 2005". */
export function PartialDate({ date, precision }: { date: Date; precision: TDatePrecision | null }) {
  const format = useFormatter();
  const exactness = precision ?? "DAY";
  const text =
    exactness === "YEAR"
      ? format.dateTime(date, { year: "numeric", timeZone: "UTC" })
      : exactness === "MONTH"
        ? format.dateTime(date, { year: "numeric", month: "long", timeZone: "UTC" })
        : format.dateTime(date, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  return <time dateTime={formatPartialDate(date, exactness)}>{text}</time>;
}

/** From one date to another: "14 et 15 avril 2005" within a month in French and Spanish, else "start – end". */
export function PartialDateRange({ start, end }: { start: TDatedEdge; end: TDatedEdge | null }) {
  const locale = useLocale();
  if (!end) return <PartialDate date={start.date} precision={start.precision} />;
  const sameMonth = sameMonthDayRange(locale, start, end);
  if (sameMonth) return <span>{sameMonth}</span>;
  return (
    <>
      <PartialDate date={start.date} precision={start.precision} />
      {" – "}
      <PartialDate date={end.date} precision={end.precision} />
    </>
  );
}
