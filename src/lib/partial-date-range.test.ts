import { describe, expect, it } from "vitest";
import { parsePartialDate } from "./partial-date";
import { sameMonthDayRange } from "./partial-date-range";

const edge = (value: string) => parsePartialDate(value, "start")!;

describe("a range of days within one month", () => {
  it.each([
    ["fr", "2005-04-14", "2005-04-15", "14 et 15 avril 2005"],
    ["fr", "2005-04-14", "2005-04-17", "du 14 au 17 avril 2005"],
    ["es", "2005-04-14", "2005-04-15", "14 y 15 de abril de 2005"],
    ["es", "2005-04-14", "2005-04-17", "del 14 al 17 de abril de 2005"],
    ["fr", "2004-02-28", "2004-02-29", "28 et 29 février 2004"],
  ])("%s: %s to %s is “%s”", (locale, start, end, text) => {
    expect(sameMonthDayRange(locale, edge(start), edge(end))).toBe(text);
  });

  it.each([
    ["en", "2005-04-14", "2005-04-15"],
    ["fr", "2005-04-30", "2005-05-01"],
    ["fr", "2004-04-14", "2005-04-15"],
    ["fr", "2005-04", "2005-04-15"],
    ["es", "2005-04-14", "2005-04-14"],
    ["es", "2005-04-15", "2005-04-14"],
    ["es", "2005", "2006"],
  ])("%s: %s to %s is written start – end", (locale, start, end) => {
    expect(sameMonthDayRange(locale, edge(start), edge(end))).toBeNull();
  });

  it("takes a missing precision as a full date", () => {
    const day = (d: number) => ({ date: new Date(Date.UTC(2005, 3, d)), precision: null });
    expect(sameMonthDayRange("fr", day(14), day(15))).toBe("14 et 15 avril 2005");
  });
});
