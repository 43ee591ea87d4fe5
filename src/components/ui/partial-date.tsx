import { useFormatter } from "next-intl";
import { formatPartialDate, type TDatePrecision } from "~/lib/partial-date";

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
