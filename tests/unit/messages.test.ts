import { describe, expect, it } from "vitest";
import en from "~/i18n/messages/en.json";
import es from "~/i18n/messages/es.json";
import fr from "~/i18n/messages/fr.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe("message files", () => {
  const english = keys(en).sort();

  it.each([
    ["fr", fr],
    ["es", es],
  ])("%s has exactly the English keys", (_locale, messages) => {
    expect(keys(messages).sort()).toEqual(english);
  });

  it.each([
    ["en", en],
    ["fr", fr],
    ["es", es],
  ])("%s has no empty message", (_locale, messages) => {
    const flat = keys(messages).map((key) =>
      key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages),
    );
    expect(flat.filter((value) => typeof value !== "string" || value.trim() === "")).toEqual([]);
  });
});
