import { describe, expect, it } from "vitest";
import { checkUnsubscribeToken, unsubscribeToken, UNSUBSCRIBE_VALID_DAYS } from "./unsubscribe-token";

const USER = "cmabcdefghijklmnopqrstuv";
const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-07T06:00:00Z");

describe("unsubscribe token", () => {
  it("names its person for 90 days", () => {
    const token = unsubscribeToken(USER, now);
    expect(checkUnsubscribeToken(token, now)).toEqual({ isValid: true, userId: USER });
    expect(
      checkUnsubscribeToken(token, new Date(now.getTime() + (UNSUBSCRIBE_VALID_DAYS - 1) * DAY)),
    ).toEqual({
      isValid: true,
      userId: USER,
    });
    expect(checkUnsubscribeToken(token, new Date(now.getTime() + UNSUBSCRIBE_VALID_DAYS * DAY))).toEqual({
      isValid: false,
      reason: "expired",
    });
  });

  it("refuses a token for another person, a later expiry or a changed signature as forged", () => {
    const [, expires = "", signature = ""] =
      /^([^_]+)_([^_]+)_(.+)$/.exec(unsubscribeToken(USER, now))?.slice(1) ?? [];
    const other = "cmzzzzzzzzzzzzzzzzzzzzzz";
    const later = String(Number(expires) + 365 * 86_400);
    const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
    for (const forged of [
      `${other}_${expires}_${signature}`,
      `${USER}_${later}_${signature}`,
      `${USER}_${expires}_${flipped}`,
      "",
      "x".repeat(10_000),
      `${USER}_${expires}`,
      `${USER}_${expires}_${signature}_extra`,
    ]) {
      expect(checkUnsubscribeToken(forged, now), forged.slice(0, 80)).toEqual({
        isValid: false,
        reason: "invalid",
      });
    }
  });
});
