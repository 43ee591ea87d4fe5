import { describe, expect, it } from "vitest";
import type { TMatrixRow } from "~/server/rcp/matrix";
import { buildMatrix, cellText, type TMatrixProcess } from "./build-matrix";
import { matrixToCsv } from "./matrix-csv";

const row: TMatrixRow = {
  slug: "soderkoping-process",
  name: "Cross Border Cooperation Process",
  shortName: "Söderköping Process",
  acronym: "CBCP",
  localizedNames: { es: { shortName: "Proceso de Söderköping" } },
  region: "EUROPE_FSU",
  yearEstablished: 2001,
  description: { en: 'Asylum, "irregular" migration; border management' },
  secretariatKind: "FIXED",
  secretariatText: { en: "Staffed by UNHCR and IOM." },
  priorities: [{ text: { en: "Strengthening asylum systems" } }, { text: { en: "Migration research" } }],
  secretariatHosts: [
    {
      participant: {
        code: "unhcr",
        kind: "ORGANISATION",
        acronym: "UNHCR",
        localizedAcronyms: { fr: "HCR", es: "ACNUR" },
        name: { en: "UN Refugee Agency", fr: "Agence des Nations unies pour les réfugiés", es: "ACNUR" },
      },
    },
  ],
  memberships: [
    {
      role: "MEMBER",
      participant: { code: "UA", kind: "STATE", acronym: null, localizedAcronyms: null, name: null },
    },
    {
      role: "MEMBER",
      participant: { code: "BY", kind: "STATE", acronym: null, localizedAcronyms: null, name: null },
    },
    {
      role: "PARTNER",
      participant: {
        code: "iom",
        kind: "ORGANISATION",
        acronym: "IOM",
        localizedAcronyms: { fr: "OIM", es: "OIM" },
        name: { en: "International Organization for Migration" },
      },
    },
  ],
};

const labels = { secretariatKind: () => "Fixed secretariat", total: (count: number) => `Total: ${count}` };

const texts = (process: TMatrixProcess | undefined) =>
  Object.fromEntries(
    Object.entries(process?.cells ?? {}).map(([key, parts]) => [key, cellText(parts, "EN")]),
  );

describe("comparison matrix", () => {
  it("names processes and organisations in the reader's language", () => {
    const [built] = buildMatrix([row], "es", labels).rows;
    expect(built?.shortName).toBe("Proceso de Söderköping");
    expect(built?.rcp).toBe("Proceso de Söderköping — Cross Border Cooperation Process");
    expect(texts(built).observers).toContain("(OIM)");
  });

  it("writes each cell as the 2008 matrix does", () => {
    const [built] = buildMatrix([row], "en", labels).rows;
    expect(built?.rcp).toBe("Söderköping Process — Cross Border Cooperation Process");
    expect(texts(built)).toEqual({
      year: "2001",
      governments: "Belarus, Ukraine (Total: 2)",
      observers: "International Organization for Migration (IOM)",
      secretariat: "Fixed secretariat\nUN Refugee Agency (UNHCR)\nStaffed by UNHCR and IOM.",
      areas: 'Asylum, "irregular" migration; border management',
      priorities: "1. Strengthening asylum systems\n2. Migration research",
    });
  });

  it("names states in the reader's language", () => {
    expect(texts(buildMatrix([row], "fr", labels).rows[0]).governments).toBe(
      "Biélorussie, Ukraine (Total: 2)",
    );
  });

  it("marks English shown for want of a translation, and only that", () => {
    const translated = { ...row, description: { en: "Asylum", fr: "Asile" } };
    const [built] = buildMatrix([translated], "fr", labels).rows;
    expect(built?.cells.areas).toEqual([{ text: "Asile", isFallback: false }]);
    expect(built?.cells.priorities).toEqual([
      { text: "1. Strengthening asylum systems", isFallback: true },
      { text: "2. Migration research", isFallback: true },
    ]);
    expect(texts(built).secretariat).toBe(
      "Fixed secretariat\nAgence des Nations unies pour les réfugiés (HCR)\nStaffed by UNHCR and IOM. (EN)",
    );
    expect(buildMatrix([row], "en", labels).rows[0]?.cells.areas[0]?.isFallback).toBe(false);
  });

  it("lists the processes in alphabetical order of their short name", () => {
    const rows = ["Puebla Process", "Bali Process", "MIDSA"].map((shortName, index) => ({
      ...row,
      slug: `rcp-${index}`,
      shortName,
    }));
    expect(buildMatrix(rows, "en", labels).rows.map((process) => process.shortName)).toEqual([
      "Bali Process",
      "MIDSA",
      "Puebla Process",
    ]);
  });

  it("exports CSV that spreadsheets read: BOM, quoted fields, CRLF, the English original marked", () => {
    const csv = matrixToCsv(
      buildMatrix([row], "fr", labels).rows,
      ["year", "areas"],
      {
        rcp: "RCP",
        year: "Year",
        governments: "Governments",
        observers: "Observers",
        secretariat: "Secretariat",
        areas: "Main areas",
        priorities: "Priorities",
      },
      "original anglais",
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe(
      '\uFEFF"RCP","Year","Main areas"\r\n"Söderköping Process — Cross Border Cooperation Process","2001","Asylum, ""irregular"" migration; border management (original anglais)"\r\n',
    );
  });
});
