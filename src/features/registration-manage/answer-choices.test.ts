// The organisation question is answered by a choice from the hosts' list or by typing; options are
// named and sorted in the reader's language.
import { describe, expect, it } from "vitest";
import { BLANK_ANSWERS, missingAnswers } from "./answer-fields";
import { participantOptions } from "./participant-options";

describe("the organisation answer", () => {
  it("is present when chosen from the list or typed, missing when neither", () => {
    expect(missingAnswers(BLANK_ANSWERS, ["ORGANISATION", "ROLE"])).toEqual(["organisation", "role"]);
    expect(missingAnswers({ ...BLANK_ANSWERS, participantCode: "ID" }, ["ORGANISATION"])).toEqual([]);
    expect(
      missingAnswers({ ...BLANK_ANSWERS, organisation: "Ministry of Labour" }, ["ORGANISATION"]),
    ).toEqual([]);
  });

  it("offers the hosts' participants by name in the reader's language", () => {
    const choices = [
      { code: "DE", kind: "STATE" },
      {
        code: "iom",
        kind: "ORGANISATION",
        acronym: "IOM",
        localizedAcronyms: { fr: "OIM", es: "OIM" },
        name: {
          en: "International Organization for Migration",
          fr: "Organisation internationale pour les migrations",
        },
      },
      { code: "EG", kind: "STATE" },
    ];
    expect(participantOptions(choices, "fr")).toEqual([
      { value: "DE", label: "Allemagne" },
      { value: "EG", label: "Égypte" },
      { value: "iom", label: "Organisation internationale pour les migrations (OIM)" },
    ]);
  });
});
