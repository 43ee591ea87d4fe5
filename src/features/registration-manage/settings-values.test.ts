import { describe, expect, it } from "vitest";
import { localParts, settingsFields, settingsValues, type TSettingsValues } from "./settings-values";

const ZONE = "Asia/Makassar"; // Bali, UTC+8
const HOSTS = ["bali", "budapest"];

const valid = (overrides: Partial<TSettingsValues> = {}): TSettingsValues => ({
  mode: "APPROVAL",
  capacity: "10",
  opensDate: "2026-12-01",
  opensTime: "09:00",
  closesDate: "2026-12-20",
  closesTime: "17:30",
  questions: {
    ROLE: "REQUIRED",
    ORGANISATION: "ASKED",
    DIETARY_NEEDS: "OFF",
    ACCESS_NEEDS: "OFF",
    COMMENT: "OFF",
  },
  quotas: { bali: "4", budapest: "" },
  ...overrides,
});

describe("registration settings form values", () => {
  it("reads wall-clock times in the activity's zone, not the browser's or the server's", () => {
    const result = settingsFields(valid(), ZONE);
    if (!("fields" in result)) throw new Error(JSON.stringify(result.errors));
    expect(result.fields.opensAt.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(result.fields.closesAt.toISOString()).toBe("2026-12-20T09:30:00.000Z");
    expect(result.fields.questions).toEqual(["ROLE", "ORGANISATION"]);
    expect(result.fields.requiredQuestions).toEqual(["ROLE"]);
    // An empty box is no quota, not a quota of zero.
    expect(result.fields.quotas).toEqual([{ rcpId: "bali", seats: 4 }]);
  });

  it("shows stored settings back as they were typed", () => {
    const result = settingsFields(valid(), ZONE);
    if (!("fields" in result)) throw new Error("invalid");
    const shown = settingsValues(result.fields, HOSTS, ZONE, { now: new Date(), start: new Date() });
    expect(shown).toEqual(valid());
  });

  it("opens a first registration from now until the day before the activity starts", () => {
    const shown = settingsValues(null, HOSTS, ZONE, {
      now: new Date("2026-11-01T00:00:00Z"),
      start: new Date("2026-12-21T01:00:00Z"),
    });
    expect([shown.opensDate, shown.opensTime, shown.closesDate, shown.closesTime]).toEqual([
      "2026-11-01",
      "08:00",
      "2026-12-20",
      "09:00",
    ]);
    expect(shown.quotas).toEqual({ bali: "", budapest: "" });
    expect(localParts(new Date("2026-06-01T23:30:00Z"), "Europe/Budapest")).toEqual({
      date: "2026-06-02",
      time: "01:30",
    });
  });

  it("names the field of each mistake", () => {
    const errorsOf = (values: TSettingsValues) => {
      const result = settingsFields(values, ZONE);
      return "errors" in result ? result.errors : {};
    };
    expect(errorsOf(valid({ capacity: "ten" }))).toEqual({ capacity: "seats" });
    expect(errorsOf(valid({ capacity: "0", quotas: { bali: "", budapest: "" } }))).toEqual({
      capacity: "seats",
    });
    expect(errorsOf(valid({ opensDate: "" }))).toMatchObject({ opens: "date" });
    expect(errorsOf(valid({ closesDate: "2026-11-30" }))).toEqual({ closes: "closesBeforeOpens" });
    expect(errorsOf(valid({ quotas: { bali: "6", budapest: "5" } }))).toEqual({
      quotas: "quotasAboveCapacity",
    });
    expect(errorsOf(valid({ quotas: { bali: "-1", budapest: "" } }))).toEqual({ quotas: "seats" });
  });
});
