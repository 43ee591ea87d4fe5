import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messages } from "~/i18n/messages";
import type { TLocale } from "~/i18n/routing";
import type { TDuplicateEffort } from "./schema";
import { compareDuplicates, daysBetween } from "./schema";
import { duplicateSentence, processNames, themeNames, type TDuplicateTranslate } from "./sentence";

const workshop: TDuplicateEffort = {
  activityId: "a1",
  slug: "mtm-workshop",
  title: { en: "Workshop" },
  kind: "WORKSHOP",
  startDate: "2030-04-28",
  endDate: "2030-04-29",
  location: "Rabat",
  isOnline: false,
  contact: null,
  hosts: [
    {
      slug: "mtm",
      shortName: "MTM Dialogue",
      localizedNames: { fr: { shortName: "Dialogue MTM" } },
      website: null,
    },
  ],
  sharedThemes: [
    {
      slug: "labour-migration",
      label: { en: "Labour migration", fr: "Migration de main-d’œuvre", es: "Migración laboral" },
    },
  ],
  sharedMemberStates: 9,
  daysFromPlan: -14,
  isConcurrent: false,
};

function sentence(item: TDuplicateEffort, locale: TLocale) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "DuplicateEffort" });
  return duplicateSentence(item, locale, t as unknown as TDuplicateTranslate);
}

describe("a duplicate-effort warning reads as one sentence in the reader's language", () => {
  it.each([
    [
      "en",
      "MTM Dialogue holds a workshop on labour migration in Rabat two weeks earlier; 9 of your member states take part in both",
    ],
    [
      "fr",
      "Le Dialogue MTM organise un atelier sur le thème «\u00a0migration de main-d’œuvre\u00a0» à Rabat deux semaines plus tôt\u202f; 9 de vos États membres participent aux deux",
    ],
    [
      "es",
      "MTM Dialogue organiza un taller sobre migración laboral en Rabat dos semanas antes; 9 de sus Estados miembros participan en ambas actividades",
    ],
  ] as const)("%s", (locale, expected) => {
    expect(sentence(workshop, locale)).toBe(expected);
  });

  it("says days under a week, later, several hosts and themes, and one member state", () => {
    const item: TDuplicateEffort = {
      ...workshop,
      daysFromPlan: 3,
      location: null,
      isOnline: true,
      sharedMemberStates: 1,
      hosts: [
        workshop.hosts[0]!,
        { slug: "b", shortName: "Budapest Process", localizedNames: null, website: null },
      ],
      sharedThemes: [...workshop.sharedThemes, { slug: "r", label: { en: "Remittances" } }],
    };
    expect(sentence(item, "en")).toBe(
      "MTM Dialogue and Budapest Process hold a workshop on labour migration and remittances online three days later; 1 of your member states takes part in both",
    );
  });

  it("puts the articles French and Spanish need before process and theme names", () => {
    const item: TDuplicateEffort = {
      ...workshop,
      hosts: [
        workshop.hosts[0]!,
        {
          slug: "b",
          shortName: "Budapest Process",
          localizedNames: {
            fr: { shortName: "Processus de Budapest" },
            es: { shortName: "Proceso de Budapest" },
          },
          website: null,
        },
      ],
      sharedThemes: [
        ...workshop.sharedThemes,
        { slug: "r", label: { en: "Remittances", fr: "Envois de fonds", es: "Remesas" } },
      ],
    };
    expect(sentence(item, "fr")).toBe(
      "Le Dialogue MTM et le Processus de Budapest organisent un atelier sur les thèmes «\u00a0migration de main-d’œuvre\u00a0» et «\u00a0envois de fonds\u00a0» à Rabat deux semaines plus tôt\u202f; 9 de vos États membres participent aux deux",
    );
    expect(sentence({ ...item, hosts: [item.hosts[1]!] }, "es")).toBe(
      "El Proceso de Budapest organiza un taller sobre migración laboral y remesas en Rabat dos semanas antes; 9 de sus Estados miembros participan en ambas actividades",
    );
  });

  it("names the processes and themes of the overlap page's pairs the same way", () => {
    const t = createTranslator({ locale: "fr", messages: messages.fr, namespace: "DuplicateEffort" });
    const translate = t as unknown as TDuplicateTranslate;
    const budapest = {
      shortName: "Budapest Process",
      localizedNames: { fr: { shortName: "Processus de Budapest" } },
    };
    expect(processNames([budapest, workshop.hosts[0]!], "fr", translate)).toBe(
      "Le Processus de Budapest et le Dialogue MTM",
    );
    expect(themeNames([workshop.sharedThemes[0]!.label], "fr", translate)).toBe(
      "le thème «\u00a0migration de main-d’œuvre\u00a0»",
    );
  });

  it("says when the two run at the same time, and keeps an acronym's capitals", () => {
    const item: TDuplicateEffort = {
      ...workshop,
      location: null,
      isConcurrent: true,
      daysFromPlan: 2,
      sharedThemes: [{ slug: "idps", label: { en: "IDPs and return" } }],
    };
    expect(sentence(item, "en")).toBe(
      "MTM Dialogue holds a workshop on IDPs and return at the same time; 9 of your member states take part in both",
    );
  });

  it("rounds to whole weeks from a week on", () => {
    expect(sentence({ ...workshop, daysFromPlan: 59 }, "en")).toContain("eight weeks later");
    expect(sentence({ ...workshop, daysFromPlan: -10 }, "en")).toContain("one week earlier");
  });
});

describe("closeness and ranking", () => {
  it("counts the days between two ranges, 0 when they share one", () => {
    expect(daysBetween({ start: "2030-05-01", end: "2030-05-03" }, { start: "2030-05-03" })).toBe(0);
    expect(daysBetween({ start: "2030-05-01", end: "2030-05-03" }, { start: "2030-07-02" })).toBe(60);
    expect(daysBetween({ start: "2030-05-01" }, { start: "2030-03-01", end: "2030-03-02" })).toBe(60);
  });

  it("ranks by shared member states, then closeness, then shared themes", () => {
    const row = (sharedMemberStates: number, gap: number, themes: number) => ({
      sharedMemberStates,
      gap,
      sharedThemes: Array.from({ length: themes }, () => ({ slug: "t", label: {} })),
    });
    const rows = [row(3, 1, 1), row(9, 50, 1), row(3, 0, 1), row(3, 0, 2)];
    expect(rows.sort(compareDuplicates)).toEqual([row(9, 50, 1), row(3, 0, 2), row(3, 0, 1), row(3, 1, 1)]);
  });
});
