import { canonicalText } from "~/domain/rcp/profile-canonical";
import { ANNEX_B_TOPICS, type TEditableProfile } from "~/domain/rcp/profile-schema";

/** A complete, valid editable profile (MIDSA's facts from the reference data, abridged). */
export function sampleProfile(): TEditableProfile {
  return {
    name: "Migration Dialogue for Southern Africa",
    shortName: "MIDSA",
    acronym: "MIDSA",
    nameTranslations: { fr: "", es: "" },
    shortNameTranslations: { fr: "", es: "" },
    acronymTranslations: { fr: "", es: "" },
    otherNames: [],
    yearEstablished: 2000,
    region: "AFRICA",
    website: "",
    description: canonicalText({ en: "MIDSA focuses on 7 main themes." }),
    priorities: [
      canonicalText({ en: "Counter-Trafficking/Smuggling" }),
      canonicalText({ en: "Migration and Development" }),
    ],
    memberships: [
      { code: "AO", role: "MEMBER", start: "", end: "" },
      { code: "BW", role: "MEMBER", start: "", end: "" },
      { code: "sadc", role: "OBSERVER", start: "", end: "" },
      { code: "samp", role: "PARTNER", start: "", end: "" },
    ],
    membersNote: canonicalText(null),
    observersNote: canonicalText({ en: "Relevant UN agencies are invited to its workshops." }),
    secretariatKind: "NONE",
    secretariatHosts: [{ code: "iom" }],
    secretariatText: canonicalText({ en: "No official secretariat (IOM provides support)" }),
    chairTerms: [],
    mainAreaThemes: ["irregular-migration", "labour-migration"],
    priorityThemes: ["trafficking-and-smuggling"],
    foundingDocuments: [
      { title: "Conclusions of the First MIDSA Forum", year: 2000, kind: "RECOMMENDATIONS" },
    ],
    developmentGroup: "THEMATIC_PRIORITY",
    annexB: Object.fromEntries(
      ANNEX_B_TOPICS.map((topic) => [topic, { status: "NO_RESPONSE", text: canonicalText(null) }]),
    ) as TEditableProfile["annexB"],
  };
}
