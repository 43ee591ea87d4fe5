import { describe, expect, it } from "vitest";
import { formatPartialDate, parsePartialDate } from "./partial-date";

describe("partial dates", () => {
  it.each([
    ["2003", "start", "2003-01-01", "YEAR"],
    ["2003", "end", "2003-12-31", "YEAR"],
    ["2004-02", "end", "2004-02-29", "MONTH"],
    ["2004-05", "start", "2004-05-01", "MONTH"],
    ["2005-04-14", "end", "2005-04-14", "DAY"],
  ] as const)("%s as %s is %s", (value, edge, iso, precision) => {
    const parsed = parsePartialDate(value, edge);
    expect(parsed?.date.toISOString().slice(0, 10)).toBe(iso);
    expect(parsed?.precision).toBe(precision);
    expect(formatPartialDate(parsed!.date, parsed!.precision)).toBe(value);
  });

  it.each(["05/2004", "2004-13", "2005-02-30", "", "20041"])("refuses %j", (value) => {
    expect(parsePartialDate(value, "start")).toBeNull();
  });
});
