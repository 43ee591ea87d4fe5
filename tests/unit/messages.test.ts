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

  // French typography: a narrow no-break space (U+202F) before ; ? ! and a no-break space (U+00A0)
  // before : and inside « », so that the sign never starts a line. Only the text is checked: ICU
  // syntax ({count}, plural and select blocks, <tags>) and web addresses are left out.
  describe.each(files)("fr %s typography", (file) => {
    it("has a no-break space before : ; ? ! » and after «", () => {
      const messages = messageFiles.fr[file];
      const wrong = keys(messages).flatMap((key) =>
        frenchTypographyErrors(String(valueAt(messages, key))).map((error) => `${key}: ${error}`),
      );
      expect(wrong).toEqual([]);
    });
  });
});

/** The literal text of an ICU message: placeholders, plural/select syntax and tags taken out. */
function textParts(message: string): string[] {
  const parts: string[] = [];
  let text = "";
  const flush = () => {
    parts.push(text);
    text = "";
  };
  // Depth counts ICU braces; at an even depth we are in literal text (the top level, or a
  // plural/select branch), at an odd depth inside an argument such as {count, plural, …}.
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const char = message[i]!;
    if (char === "{") {
      if (depth % 2 === 0) flush();
      depth++;
    } else if (char === "}") {
      depth--;
      if (depth % 2 === 0) flush();
    } else if (depth % 2 === 0) {
      if (char === "<") {
        const end = message.indexOf(">", i);
        flush();
        i = end === -1 ? i : end;
      } else text += char;
    }
  }
  flush();
  return parts.map((part) => part.replace(/\b(?:https?|mailto):\S+/g, "")).filter((part) => part !== "");
}

export function frenchTypographyErrors(message: string): string[] {
  const errors: string[] = [];
  for (const part of textParts(message)) {
    for (let i = 0; i < part.length; i++) {
      const char = part[i]!;
      const before = part[i - 1];
      const after = part[i + 1];
      if (";?!".includes(char) && before !== undefined && before !== "\u202F" && !";?!".includes(before))
        errors.push(`U+202F needed before “${char}” in “${part.trim()}”`);
      // "db:seed" or "10:30" is not punctuation: a colon between two letters or digits is left alone.
      const isInWord = char === ":" && /\S/.test(before ?? "") && /\S/.test(after ?? "");
      if ((char === ":" || char === "»") && before !== undefined && before !== "\u00A0" && !isInWord)
        errors.push(`U+00A0 needed before “${char}” in “${part.trim()}”`);
      if (char === "«" && after !== undefined && after !== "\u00A0")
        errors.push(`U+00A0 needed after “«” in “${part.trim()}”`);
    }
  }
  return errors;
}
