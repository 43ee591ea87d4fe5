import { describe, expect, it } from "vitest";
import { multiLineText, PLAIN_TEXT_ERROR, singleLineText } from "./plain-text";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("plain text", () => {
  it("trims and composes (NFC)", () => {
    expect(singleLineText().parse("  Cafe\u0301  ")).toBe("Caf\u00e9");
    expect(multiLineText().parse("\n Cafe\u0301\r\nsecond\rthird \n")).toBe("Caf\u00e9\nsecond\nthird");
  });

  it.each([
    "\u0000",
    "\u0001",
    "\u0008",
    "\u000b",
    "\u001b",
    "\u001f",
    "\u007f",
    "\u0085",
    "\ud800",
    "\udc00",
  ])("refuses %j in any text", (bad) => {
    expect(messages(singleLineText().safeParse(`a${bad}b`))).toEqual([PLAIN_TEXT_ERROR]);
    expect(messages(multiLineText().safeParse(`a${bad}b`))).toEqual([PLAIN_TEXT_ERROR]);
  });

  it("allows line breaks and tabs only over several lines", () => {
    expect(messages(singleLineText().safeParse("a\nb"))).toEqual([PLAIN_TEXT_ERROR]);
    expect(messages(singleLineText().safeParse("a\tb"))).toEqual([PLAIN_TEXT_ERROR]);
    expect(multiLineText().parse("a\n\tb")).toBe("a\n\tb");
  });

  it("keeps characters outside the basic plane and other scripts", () => {
    expect(singleLineText().parse("Migración 🌍 مرحبا 移民")).toBe("Migración 🌍 مرحبا 移民");
  });

  it("carries the key where forms reading params find it, and chains limits", () => {
    const issue = singleLineText().safeParse("\u0000").error?.issues[0];
    expect(issue).toMatchObject({ code: "custom", params: { key: PLAIN_TEXT_ERROR } });
    expect(singleLineText().max(3).safeParse("abcd").success).toBe(false);
  });
});
