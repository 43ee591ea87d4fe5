import { describe, expect, it } from "vitest";
import { ZRegisterOnBehalfInput, ZRegistrationSettingsFields } from "./schema";

const settings = {
  mode: "APPROVAL",
  capacity: 10,
  opensAt: new Date("2030-01-01T00:00:00Z"),
  closesAt: new Date("2030-04-01T00:00:00Z"),
  questions: ["ROLE", "COMMENT"],
  requiredQuestions: ["ROLE"],
  quotas: [
    { rcpId: "bali", seats: 4 },
    { rcpId: "budapest", seats: 4 },
  ],
};

const keysOf = (result: { error?: { issues: object[] } }) =>
  (result.error?.issues ?? []).map((issue) =>
    "params" in issue ? (issue.params as { key?: string }).key : undefined,
  );

describe("registration settings", () => {
  it("accepts quotas within the capacity", () => {
    expect(ZRegistrationSettingsFields.safeParse(settings).success).toBe(true);
  });

  it("refuses quotas above the capacity, closing before opening, a required question not asked", () => {
    expect(keysOf(ZRegistrationSettingsFields.safeParse({ ...settings, capacity: 7 }))).toEqual([
      "quotasAboveCapacity",
    ]);
    expect(
      keysOf(ZRegistrationSettingsFields.safeParse({ ...settings, closesAt: settings.opensAt })),
    ).toEqual(["closesBeforeOpens"]);
    expect(
      keysOf(ZRegistrationSettingsFields.safeParse({ ...settings, requiredQuestions: ["ACCESS_NEEDS"] })),
    ).toEqual(["requiredNotAsked"]);
  });
});

describe("registering on behalf", () => {
  const input = {
    activityId: "activity",
    rcpId: "bali",
    person: { name: " Ana Pérez ", email: " Ana.Perez@Example.GOV ", countryCode: "", locale: "es" },
    answers: {
      role: "",
      participantCode: null,
      organisation: "Ministerio",
      dietaryNeeds: null,
      accessNeeds: null,
      comment: null,
    },
  };

  it("stores the email normalised and empty answers as none", () => {
    const parsed = ZRegisterOnBehalfInput.parse(input);
    expect(parsed.person).toEqual({
      name: "Ana Pérez",
      email: "ana.perez@example.gov",
      countryCode: null,
      locale: "es",
    });
    expect(parsed.answers.role).toBeNull();
  });

  it("refuses an email that is not one and an unknown country", () => {
    expect(
      ZRegisterOnBehalfInput.safeParse({ ...input, person: { ...input.person, email: "ana at gov" } })
        .success,
    ).toBe(false);
    expect(
      ZRegisterOnBehalfInput.safeParse({ ...input, person: { ...input.person, countryCode: "XX" } }).success,
    ).toBe(false);
  });
});
