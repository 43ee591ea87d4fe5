import { describe, expect, it } from "vitest";
import { parseParticipantsQuery, participantsHref } from "./participants-query";

describe("participants page address", () => {
  it("takes the filters its links make, an empty select meaning none", () => {
    expect(parseParticipantsQuery({ status: "WAITLISTED", rcp: "bali-process", after: "12" })).toEqual({
      status: "WAITLISTED",
      rcp: "bali-process",
      after: "12",
    });
    expect(parseParticipantsQuery({ status: "", rcp: "" })).toEqual({});
  });

  it("refuses what no link of ours makes, before any query", () => {
    expect(parseParticipantsQuery({ status: "ALL" })).toBeNull();
    expect(parseParticipantsQuery({ status: ["PENDING", "CONFIRMED"] })).toBeNull();
    expect(parseParticipantsQuery({ after: "1e9" })).toBeNull();
    expect(parseParticipantsQuery({ rcp: "'; drop" })).toBeNull();
  });

  it("writes the address back with only the filters set", () => {
    expect(participantsHref("/p", {})).toBe("/p");
    expect(participantsHref("/p", { status: "PENDING", after: "40" })).toBe("/p?status=PENDING&after=40");
  });
});
