import { describe, expect, it } from "vitest";
import { groupByYear, yearRange } from "./group-by-year";

describe("groupByYear", () => {
  it("groups by year, oldest first, keeping the order within a year", () => {
    const items = [
      { name: "Abu Dhabi Dialogue", year: 2008 },
      { name: "IGC", year: 1985 },
      { name: "IGAD-RCP", year: 2008 },
    ];
    expect(groupByYear(items, (item) => item.year)).toEqual([
      [1985, [{ name: "IGC", year: 1985 }]],
      [
        2008,
        [
          { name: "Abu Dhabi Dialogue", year: 2008 },
          { name: "IGAD-RCP", year: 2008 },
        ],
      ],
    ]);
  });

  it("returns no group for no items", () => {
    expect(groupByYear([], () => 2000)).toEqual([]);
  });
});

describe("yearRange", () => {
  it("spans every year between the first and the last", () => {
    expect(yearRange([2008, 1985, 1991])).toHaveLength(24);
    expect(yearRange([2003, 2001])).toEqual([2001, 2002, 2003]);
    expect(yearRange([])).toEqual([]);
  });
});
