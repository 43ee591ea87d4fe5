import { describe, expect, it } from "vitest";
import { parseNumberedList } from "./parse-list";
import { ZPasteInput } from "./schema";

describe("a pasted numbered list", () => {
  it("reads '1.', '2)' and '(3)' items, joining lines that run over", () => {
    const parsed = parseNumberedList(
      "Final declaration\r\n\n1. Share data\n   on returns.\n2) Train staff\n\n(3) Review visas",
    );
    expect(parsed.items).toEqual([
      { number: 1, text: "Share data on returns." },
      { number: 2, text: "Train staff" },
      { number: 3, text: "Review visas" },
    ]);
    expect(parsed.ignoredLines).toBe(1);
    expect(parsed.duplicates).toEqual([]);
    expect(parsed.gaps).toEqual([]);
  });

  it("keeps decimals and years inside the text", () => {
    expect(parseNumberedList("1. Raise it\n1.5 per cent of funding\n2003 was the year").items).toEqual([
      { number: 1, text: "Raise it 1.5 per cent of funding 2003 was the year" },
    ]);
  });

  it("takes a number alone on its line, its text on the next", () => {
    expect(parseNumberedList("4.\nText below").items).toEqual([{ number: 4, text: "Text below" }]);
  });

  it("reports numbers used twice and numbers missing", () => {
    const parsed = parseNumberedList("1. a\n2. b\n2. c\n5. d");
    expect(parsed.duplicates).toEqual([2]);
    expect(parsed.gaps).toEqual([3, 4]);
  });

  it("finds nothing in text without numbers", () => {
    expect(parseNumberedList("no list here").items).toEqual([]);
  });
});

describe("the paste's checks", () => {
  const check = (text: string) => {
    const result = ZPasteInput.safeParse({ documentId: "doc1", language: "en", themes: [], text });
    return result.success ? "ok" : result.error.issues[0]?.message;
  };
  it.each([
    ["1. One\n2. Two", "ok"],
    ["nothing numbered", "noItems"],
    ["1. One\n1. Again", "duplicateNumbers"],
    ["1.\n2. Two", "emptyItem"],
    [Array.from({ length: 301 }, (_, n) => `${n + 1}. Item`).join("\n"), "tooManyItems"],
    ["x".repeat(100_001), "pasteTooLong"],
    [`1. ${"x".repeat(5001)}`, "itemTooLong"],
    ["1. bell\u0007", "invalidCharacters"],
  ])("%#: %s → %s", (text, expected) => {
    expect(check(text)).toBe(expected);
  });
});
