import { describe, expect, it } from "vitest";
import { sampleProfile } from "../../../tests/support/editable-profile";
import { canonicalProfile } from "./profile-canonical";
import { reapplyOnto } from "./conflict";
import { nameTranslationsOf, storedNameTranslations } from "./names";
import { diffProfiles, isSameValue, withFieldsFrom } from "./profile-diff";
import { ZEditableProfile } from "./profile-schema";

describe("diffProfiles", () => {
  it("finds nothing between equal profiles", () => {
    expect(diffProfiles(sampleProfile(), sampleProfile())).toEqual([]);
  });

  it("reports each changed field once, with its value before and after, in form order", () => {
    const after = sampleProfile();
    after.secretariatText.fr = "Pas de secrétariat officiel";
    after.shortName = "MIDSA Dialogue";
    after.annexB.GFMD_LINK = { status: "ANSWER", text: { en: "Linked", fr: "", es: "" } };
    expect(diffProfiles(sampleProfile(), after)).toEqual([
      { field: "shortName", before: "MIDSA", after: "MIDSA Dialogue" },
      {
        field: "secretariatText",
        before: { en: "No official secretariat (IOM provides support)", fr: "", es: "" },
        after: {
          en: "No official secretariat (IOM provides support)",
          fr: "Pas de secrétariat officiel",
          es: "",
        },
      },
      {
        field: "annexB.GFMD_LINK",
        before: { status: "NO_RESPONSE", text: { en: "", fr: "", es: "" } },
        after: { status: "ANSWER", text: { en: "Linked", fr: "", es: "" } },
      },
    ]);
  });

  it("ignores the order of lists the database keeps unordered, not of priorities", () => {
    const shuffled = sampleProfile();
    shuffled.memberships.reverse();
    shuffled.mainAreaThemes.reverse();
    expect(diffProfiles(sampleProfile(), shuffled)).toEqual([]);

    const reordered = sampleProfile();
    reordered.priorities.reverse();
    expect(diffProfiles(sampleProfile(), reordered).map((change) => change.field)).toEqual(["priorities"]);
  });

  it("treats a missing translation as an empty one", () => {
    const before = sampleProfile();
    const after = sampleProfile();
    after.description = { en: before.description.en };
    expect(diffProfiles(before, after)).toEqual([]);
  });

  it("sees a removed member", () => {
    const after = sampleProfile();
    after.memberships = after.memberships.filter((membership) => membership.code !== "BW");
    const [change] = diffProfiles(sampleProfile(), after);
    expect(change?.field).toBe("memberships");
    expect(change?.before).toHaveLength(4);
    expect(change?.after).toHaveLength(3);
  });
});

describe("withFieldsFrom", () => {
  it("re-applies one side's fields on top of the other", () => {
    const theirs = sampleProfile();
    theirs.description.en = "Their new description";
    const mine = sampleProfile();
    mine.shortName = "My short name";
    mine.annexB.RESEARCH = { status: "NO_EXAMPLE", text: { en: "", fr: "", es: "" } };

    const merged = withFieldsFrom(theirs, mine, ["shortName", "annexB.RESEARCH"]);
    expect(merged.description.en).toBe("Their new description");
    expect(merged.shortName).toBe("My short name");
    expect(merged.annexB.RESEARCH.status).toBe("NO_EXAMPLE");
    expect(merged.annexB.PILOT_PROJECTS).toEqual(theirs.annexB.PILOT_PROJECTS);
    // The inputs are left as they were.
    expect(theirs.shortName).toBe("MIDSA");
    expect(theirs.annexB.RESEARCH.status).toBe("NO_RESPONSE");
  });
});

describe("isSameValue", () => {
  it("compares JSON values structurally", () => {
    expect(isSameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(isSameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(isSameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(isSameValue([1, 2], [2, 1])).toBe(false);
    expect(isSameValue(null, {})).toBe(false);
    expect(isSameValue("1", 1)).toBe(false);
  });

  it("canonical profiles are stable", () => {
    const once = canonicalProfile(sampleProfile());
    expect(canonicalProfile(once)).toEqual(once);
  });
});

describe("reapplyOnto", () => {
  it("puts the editor's own changes on top of the newer version, keeping theirs elsewhere", () => {
    const base = sampleProfile();
    const current = sampleProfile();
    current.description.en = "Their description";
    current.shortName = "Their short name";
    const mine = sampleProfile();
    mine.shortName = "My short name";
    mine.memberships.push({ code: "ZA", role: "MEMBER", start: "2000", end: "" });

    const merged = reapplyOnto(current, base, mine);
    expect(merged.description.en).toBe("Their description");
    expect(merged.shortName).toBe("My short name");
    expect(merged.memberships.map((m) => m.code)).toContain("ZA");
    expect(diffProfiles(current, merged).map((change) => change.field)).toEqual(["shortName", "memberships"]);
  });
});

describe("names in French and Spanish", () => {
  it("reads a version saved before names had languages, with the pairs empty", () => {
    const { nameTranslations, shortNameTranslations, acronymTranslations, ...older } = sampleProfile();
    void [nameTranslations, shortNameTranslations, acronymTranslations];
    const parsed = ZEditableProfile.parse(older);
    expect(parsed.shortNameTranslations).toEqual({ fr: "", es: "" });
    expect(diffProfiles(parsed, sampleProfile())).toEqual([]);
  });

  it("records a French name as a change of its own", () => {
    const after = { ...sampleProfile(), shortNameTranslations: { fr: "DMAA", es: "" } };
    expect(diffProfiles(sampleProfile(), after)).toEqual([
      { field: "shortNameTranslations", before: { fr: "", es: "" }, after: { fr: "DMAA", es: "" } },
    ]);
  });

  it("stores only the forms given, and reads them back into the form's pairs", () => {
    const values = {
      nameTranslations: { fr: "", es: "Conferencia Regional sobre Migración" },
      shortNameTranslations: { fr: " Processus de Puebla ", es: "Proceso Puebla" },
      acronymTranslations: { fr: "", es: "" },
    };
    const stored = storedNameTranslations(values);
    expect(stored).toEqual({
      fr: { shortName: "Processus de Puebla" },
      es: { name: "Conferencia Regional sobre Migración", shortName: "Proceso Puebla" },
    });
    expect(nameTranslationsOf(stored).shortNameTranslations).toEqual({
      fr: "Processus de Puebla",
      es: "Proceso Puebla",
    });
    expect(storedNameTranslations(nameTranslationsOf(null))).toBeNull();
  });
});
