import { describe, expect, it } from "vitest";
import { participantAcronym, participantName, participantShortName } from "./participant-name";

const iom = {
  code: "iom",
  kind: "ORGANISATION",
  acronym: "IOM",
  localizedAcronyms: { fr: "OIM", es: "OIM" },
  name: {
    en: "International Organization for Migration",
    fr: "Organisation internationale pour les migrations",
    es: "Organización Internacional para las Migraciones",
  },
};

describe("participant names", () => {
  it("gives an organisation's acronym in the reader's language", () => {
    expect(participantName(iom, "fr")).toBe("Organisation internationale pour les migrations (OIM)");
    expect(participantShortName(iom, "es")).toBe("OIM");
    expect(participantName(iom, "en")).toBe("International Organization for Migration (IOM)");
  });

  it("keeps the English acronym where a language has none", () => {
    expect(participantAcronym({ ...iom, localizedAcronyms: { es: "OIM" } }, "fr")).toBe("IOM");
    expect(participantAcronym({ ...iom, localizedAcronyms: null }, "es")).toBe("IOM");
  });

  it("gives states no acronym", () => {
    expect(participantAcronym({ code: "FR", kind: "STATE" }, "fr")).toBeNull();
  });
});
