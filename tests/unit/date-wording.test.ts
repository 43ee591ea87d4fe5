import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messages } from "~/i18n/messages";
import type { TLocale } from "~/i18n/routing";

// "until" and "since" agree with how precise the date is: French says "jusqu’en 2003" and
// "jusqu’en mai 2004" but "jusqu’au 14 avril 2005"; Spanish "hasta el" and "desde el" before a day.
function wording(
  locale: TLocale,
  namespace: "Country" | "Profile",
  key: "since" | "until",
  precision: string,
  date: string,
) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: namespace as "Country" });
  return t.markup(key as "until", { precision, date: () => date });
}

describe("until and since follow the date's precision", () => {
  it.each([
    ["fr", "Country", "until", "YEAR", "2003", "jusqu’en 2003"],
    ["fr", "Country", "until", "MONTH", "mai 2004", "jusqu’en mai 2004"],
    ["fr", "Country", "until", "DAY", "14 avril 2005", "jusqu’au 14 avril 2005"],
    ["fr", "Profile", "until", "YEAR", "2003", "jusqu’en 2003"],
    ["fr", "Profile", "until", "DAY", "14 avril 2005", "jusqu’au 14 avril 2005"],
    ["fr", "Country", "since", "YEAR", "2006", "depuis 2006"],
    ["fr", "Country", "since", "DAY", "14 avril 2005", "depuis le 14 avril 2005"],
    ["es", "Country", "until", "MONTH", "mayo de 2004", "hasta mayo de 2004"],
    ["es", "Country", "until", "DAY", "14 de abril de 2005", "hasta el 14 de abril de 2005"],
    ["es", "Profile", "until", "DAY", "14 de abril de 2005", "hasta el 14 de abril de 2005"],
    ["es", "Country", "since", "DAY", "14 de abril de 2005", "desde el 14 de abril de 2005"],
    ["es", "Country", "since", "YEAR", "2006", "desde 2006"],
    ["en", "Country", "until", "DAY", "April 14, 2005", "until April 14, 2005"],
    ["en", "Profile", "until", "YEAR", "2003", "until 2003"],
  ] as const)("%s %s.%s with a %s date: “%s”", (locale, namespace, key, precision, date, text) => {
    expect(wording(locale, namespace, key, precision, date)).toBe(text);
  });

  it("the About page dates the 2005 workshop as two days", () => {
    expect(messages.fr.About.sources.workshop).toContain("14 et 15 avril 2005");
    expect(messages.es.About.sources.workshop).toContain("14 y 15 de abril de 2005");
  });
});
