import { describe, expect, it } from "vitest";
import { MATRIX_COLUMNS } from "./build-matrix";
import { MAX_SELECTION_VALUES, parseSelection, selectionQuery, toUrlSearchParams } from "./selection";

const known = ["bali-process", "puebla-process", "sacm"];
const parse = (query: string) => parseSelection(new URLSearchParams(query), known);

describe("the choice in a compare address", () => {
  it("reads the processes and columns the chooser submits, in the order given", () => {
    expect(parse("rcp=sacm&rcp=puebla-process&col=areas&col=year")).toEqual({
      slugs: ["sacm", "puebla-process"],
      isAll: false,
      columns: ["year", "areas"],
      isTruncated: false,
    });
  });

  it("chooses nothing and every column when the address says nothing", () => {
    expect(parse("")).toEqual({ slugs: [], isAll: false, columns: [...MATRIX_COLUMNS], isTruncated: false });
  });

  it("ignores unknown, repeated and hostile values", () => {
    const selection = parse(
      "rcp=sacm&rcp=sacm&rcp=nope&rcp=%00%1b&rcp=SACM&rcp=&col=bogus&col=year%0d%0a&col=__proto__",
    );
    expect(selection.slugs).toEqual(["sacm"]);
    expect(selection.columns).toEqual([...MATRIX_COLUMNS]);
  });

  it("reads comma-separated lists and the earlier `cols=` address", () => {
    expect(parse("rcp=sacm,bali-process&cols=priorities,year")).toMatchObject({
      slugs: ["sacm", "bali-process"],
      columns: ["year", "priorities"],
    });
  });

  it("chooses every process for all=1", () => {
    expect(parse("all=1&rcp=sacm")).toMatchObject({ slugs: known, isAll: true });
  });

  it("reads a capped number of values and says it dropped the rest", () => {
    const many = `rcp=${Array.from({ length: 5000 }, () => "sacm").join(",")}`;
    expect(parse(many)).toMatchObject({ slugs: ["sacm"], isTruncated: true });
    const atCap = Array.from({ length: MAX_SELECTION_VALUES }, () => "col=year").join("&");
    expect(parse(atCap).isTruncated).toBe(false);
  });

  it("writes the address the chooser would submit", () => {
    expect(selectionQuery(parse("rcp=sacm&rcp=bali-process"))).toBe("?rcp=sacm&rcp=bali-process");
    expect(selectionQuery(parse("all=1&col=year"))).toBe("?all=1&col=year");
    expect(selectionQuery(parse(""))).toBe("");
  });

  it("turns a page's search params into the URLSearchParams the download reads", () => {
    expect(toUrlSearchParams({ rcp: ["a", "b"], col: "year", none: undefined }).toString()).toBe(
      "rcp=a&rcp=b&col=year",
    );
  });
});
