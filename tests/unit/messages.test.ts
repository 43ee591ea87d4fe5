import { describe, expect, it } from "vitest";
import { messageFiles } from "~/i18n/messages";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function valueAt(messages: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

const files = Object.keys(messageFiles.en) as (keyof typeof messageFiles.en)[];

describe("message files", () => {
  describe.each(files)("%s", (file) => {
    const english = keys(messageFiles.en[file]).sort();

    it.each(["fr", "es"] as const)("%s has exactly the English keys", (locale) => {
      expect(keys(messageFiles[locale][file]).sort()).toEqual(english);
    });

    it.each(["en", "fr", "es"] as const)("%s has no empty message", (locale) => {
      const messages = messageFiles[locale][file];
      const empty = keys(messages).filter((key) => {
        const value = valueAt(messages, key);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    });
  });

  it("no namespace is defined in two files", () => {
    const namespaces = files.flatMap((file) => Object.keys(messageFiles.en[file]));
    expect(namespaces.length).toBe(new Set(namespaces).size);
  });
});
