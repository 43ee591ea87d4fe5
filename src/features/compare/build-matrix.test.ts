import { describe, expect, it } from "vitest";
import type { TMatrixRow } from "~/server/rcp/matrix";
import { buildMatrix, parseColumns } from "./build-matrix";
import { matrixToCsv } from "./matrix-csv";

const row: TMatrixRow = {
  slug: "soderkoping-process",
  name: "Cross Border Cooperation Process",
  shortName: "Söderköping Process",
  acronym: "CBCP",
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
        name: { en: "UN Refugee Agency", fr: "HCR", es: "ACNUR" },
      },
    },
  ],
  memberships: [
    { role: "MEMBER", participant: { code: "UA", kind: "STATE", acronym: null, name: null } },
    { role: "MEMBER", participant: { code: "BY", kind: "STATE", acronym: null, name: null } },
    {
      role: "PARTNER",
      participant: {
        code: "iom",
        kind: "ORGANISATION",
        acronym: "IOM",
        name: { en: "International Organization for Migration" },
      },
    },
  ],
};

const labels = { secretariatKind: () => "Fixed secretariat", total: (count: number) => `Total: ${count}` };

describe("comparison matrix", () => {
  it("writes each cell as the 2008 matrix does", () => {
    const [built] = buildMatrix([row], "en", labels).rows;
    expect(built?.rcp).toBe("Söderköping Process — Cross Border Cooperation Process");
    expect(built?.cells).toEqual({
      year: "2001",
      governments: "Belarus, Ukraine (Total: 2)",
      observers: "International Organization for Migration (IOM)",
      secretariat: "Fixed secretariat\nUN Refugee Agency (UNHCR)\nStaffed by UNHCR and IOM.",
      areas: 'Asylum, "irregular" migration; border management',
      priorities: "1. Strengthening asylum systems\n2. Migration research",
    });
  });

  it("names states in the reader's language", () => {
    expect(buildMatrix([row], "fr", labels).rows[0]?.cells.governments).toBe(
      "Biélorussie, Ukraine (Total: 2)",
    );
  });

  it("exports CSV that spreadsheets read: BOM, quoted fields, CRLF", () => {
    const csv = matrixToCsv(buildMatrix([row], "en", labels), ["year", "areas"], {
      rcp: "RCP",
      year: "Year",
      governments: "Governments",
      observers: "Observers",
      secretariat: "Secretariat",
      areas: "Main areas",
      priorities: "Priorities",
    });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe(
      '\uFEFF"RCP","Year","Main areas"\r\n"Söderköping Process — Cross Border Cooperation Process","2001","Asylum, ""irregular"" migration; border management"\r\n',
    );
  });

  it("keeps only known columns, all of them when none is given", () => {
    expect(parseColumns("areas,year,bogus")).toEqual(["year", "areas"]);
    expect(parseColumns("bogus")).toHaveLength(6);
    expect(parseColumns(null)).toHaveLength(6);
  });
});
