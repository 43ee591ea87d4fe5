import { describe, expect, it } from "vitest";
import { sampleProfile } from "../../../tests/support/editable-profile";
import {
  PROFILE_LIMITS,
  withKnownVocabulary,
  ZEditableProfile,
  ZPartialDateText,
  type TEditableProfile,
} from "./profile-schema";

function issuesOf(profile: unknown) {
  const result = ZEditableProfile.safeParse(profile);
  return result.success ? [] : result.error.issues;
}

const pathsOf = (profile: unknown) => issuesOf(profile).map((issue) => issue.path.join("."));
const keysOf = (profile: unknown) =>
  issuesOf(profile).map((issue) =>
    issue.code === "custom" ? String((issue.params as { key?: string } | undefined)?.key) : issue.code,
  );
const edit = (change: (profile: TEditableProfile) => void) => {
  const profile = sampleProfile();
  change(profile);
  return profile;
};

describe("ZEditableProfile", () => {
  it("accepts a complete profile and trims its texts", () => {
    const parsed = ZEditableProfile.parse(edit((p) => (p.shortName = "  MIDSA  ")));
    expect(parsed.shortName).toBe("MIDSA");
  });

  it("limits names to 200 characters", () => {
    expect(pathsOf(edit((p) => (p.name = "x".repeat(PROFILE_LIMITS.name))))).toEqual([]);
    expect(pathsOf(edit((p) => (p.name = "x".repeat(PROFILE_LIMITS.name + 1))))).toEqual(["name"]);
    expect(pathsOf(edit((p) => (p.otherNames = [{ name: "y".repeat(201) }])))).toEqual(["otherNames.0.name"]);
  });

  it("requires a name, a short name and an English description", () => {
    expect(pathsOf(edit((p) => ((p.name = " "), (p.shortName = ""), (p.description.en = ""))))).toEqual([
      "name",
      "shortName",
      "description.en",
    ]);
  });

  it("limits texts to 10,000 characters in every language", () => {
    const long = "z".repeat(PROFILE_LIMITS.text + 1);
    expect(pathsOf(edit((p) => (p.description.fr = long)))).toEqual(["description.fr"]);
    expect(pathsOf(edit((p) => (p.annexB.RESEARCH = { status: "ANSWER", text: { en: long } })))).toEqual([
      "annexB.RESEARCH.text.en",
    ]);
  });

  it("limits priorities to 30 items of at most 2,000 characters", () => {
    const priority = { en: "p".repeat(PROFILE_LIMITS.priority) };
    expect(pathsOf(edit((p) => (p.priorities = Array.from({ length: 30 }, () => priority))))).toEqual([]);
    expect(pathsOf(edit((p) => (p.priorities = Array.from({ length: 31 }, () => priority))))).toEqual([
      "priorities",
    ]);
    expect(pathsOf(edit((p) => (p.priorities = [{ en: "p".repeat(2_001) }])))).toEqual(["priorities.0.en"]);
  });

  it("accepts translations only next to the English original", () => {
    expect(keysOf(edit((p) => (p.membersNote = { en: "", fr: "Note en français" })))).toEqual([
      "englishRequired",
    ]);
    expect(pathsOf(edit((p) => (p.membersNote = { en: "", fr: "", es: "" })))).toEqual([]);
  });

  it("takes only https addresses, or none", () => {
    expect(pathsOf(edit((p) => (p.website = "https://www.iom.int/midsa")))).toEqual([]);
    expect(pathsOf(edit((p) => (p.website = "")))).toEqual([]);
    for (const website of [
      "http://www.iom.int",
      "javascript:alert(1)",
      "https://user:pw@iom.int",
      "iom.int",
    ]) {
      expect(keysOf(edit((p) => (p.website = website))), website).toEqual(["httpsUrl"]);
    }
  });

  it("checks years and enumerations", () => {
    expect(pathsOf(edit((p) => (p.yearEstablished = 1799)))).toEqual(["yearEstablished"]);
    expect(pathsOf(edit((p) => (p.yearEstablished = 2000.5)))).toEqual(["yearEstablished"]);
    expect(pathsOf({ ...sampleProfile(), region: "ATLANTIS" })).toEqual(["region"]);
    expect(pathsOf({ ...sampleProfile(), yearEstablished: "2000" })).toEqual(["yearEstablished"]);
  });

  it("names participants by ISO code or organisation slug, each role once", () => {
    const membership = { role: "MEMBER" as const, start: "", end: "" };
    expect(keysOf(edit((p) => (p.memberships = [{ ...membership, code: "XX" }])))).toEqual([
      "participantCode",
    ]);
    // Whether an organisation exists is for the server to say; the schema checks the form.
    expect(keysOf(edit((p) => (p.memberships = [{ ...membership, code: "world-bank" }])))).toEqual([]);
    expect(keysOf(edit((p) => (p.memberships = [{ ...membership, code: "World Bank" }])))).toEqual([
      "participantCode",
    ]);
    expect(
      pathsOf(
        edit(
          (p) =>
            (p.memberships = [
              { ...membership, code: "TH" },
              { ...membership, code: "TH" },
            ]),
        ),
      ),
    ).toEqual(["memberships.1.code"]);
    expect(
      pathsOf(
        edit(
          (p) =>
            (p.memberships = [
              { ...membership, code: "TH" },
              { ...membership, code: "TH", role: "OBSERVER" },
            ]),
        ),
      ),
    ).toEqual([]);
  });

  it("keeps Annex B text for answers only", () => {
    expect(keysOf(edit((p) => (p.annexB.GFMD_LINK = { status: "ANSWER", text: { en: "" } })))).toEqual([
      "answerNeedsText",
    ]);
    expect(keysOf(edit((p) => (p.annexB.GFMD_LINK = { status: "NO_EXAMPLE", text: { en: "x" } })))).toEqual([
      "textOnlyWithAnswer",
    ]);
    expect(keysOf(edit((p) => (p.annexB.GFMD_LINK = { status: null, text: { en: "" } })))).toEqual([]);
  });

  it("refuses unknown fields", () => {
    expect(pathsOf({ ...sampleProfile(), slug: "another-slug" })).toEqual([""]);
  });
});

describe("partial dates in the form", () => {
  it.each(["", "2003", "2004-05", "2005-04-14"])("accepts %j", (value) => {
    expect(ZPartialDateText.safeParse(value).success).toBe(true);
  });

  it.each(["03", "2004-13", "2005-02-30", "14/04/2005", "2005-4-1"])("refuses %j", (value) => {
    expect(ZPartialDateText.safeParse(value).success).toBe(false);
  });

  it("refuses a period that ends before it starts, at any precision", () => {
    const term = { code: "ZA", role: "CHAIR" as const };
    expect(pathsOf(edit((p) => (p.chairTerms = [{ ...term, start: "2005-04", end: "2005" }])))).toEqual([]);
    expect(pathsOf(edit((p) => (p.chairTerms = [{ ...term, start: "2005-04", end: "2005-03-31" }])))).toEqual(
      ["chairTerms.0.end"],
    );
    expect(keysOf(edit((p) => (p.memberships[0]!.end = "1999")))).toEqual([]);
    expect(
      keysOf(edit((p) => ((p.memberships[0]!.start = "2001"), (p.memberships[0]!.end = "2000")))),
    ).toEqual(["endBeforeStart"]);
  });
});

describe("withKnownVocabulary", () => {
  const schema = withKnownVocabulary({
    organisationCodes: new Set(["iom", "sadc", "samp"]),
    themeSlugs: new Set(["irregular-migration", "labour-migration", "trafficking-and-smuggling"]),
  });

  it("accepts any ISO country and the known organisations and themes", () => {
    expect(schema.safeParse(sampleProfile()).success).toBe(true);
  });

  it("points at an unknown organisation or theme", () => {
    const profile = edit((p) => {
      p.secretariatHosts = [{ code: "no-such-org" }];
      p.priorityThemes = ["no-such-theme"];
    });
    const result = schema.safeParse(profile);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "secretariatHosts.0.code",
      "priorityThemes.0",
    ]);
  });
});
