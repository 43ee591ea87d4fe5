import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

/** What a spreadsheet reads back: the cells, without the byte-order mark. */
const readBack = (csv: string): string[][] => parse(csv, { bom: true, record_delimiter: "\r\n" });

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and ends every record with CRLF", () => {
    const csv = toCsv([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe('"a","b"\r\n"c","d"\r\n');
  });

  it("keeps accents, quotes, commas and line breaks inside their cell", () => {
    const cells = ["Côte d'Ivoire", 'the "Bali" Process', "one, two", "line one\nline two\r\nthree"];
    expect(readBack(toCsv([cells]))).toEqual([cells]);
  });

  it.each(['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "＝1+1"])(
    "makes %j inert text with a leading quote",
    (cell) => {
      expect(readBack(toCsv([[cell]]))).toEqual([[`'${cell}`]]);
    },
  );

  it("leaves ordinary text, numbers and empty cells as they are", () => {
    expect(readBack(toCsv([["Budapest Process", 1993, null, undefined, "a = b"]]))).toEqual([
      ["Budapest Process", "1993", "", "", "a = b"],
    ]);
  });
});
