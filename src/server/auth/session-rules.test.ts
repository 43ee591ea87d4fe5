import { describe, expect, it } from "vitest";
import { isSessionCurrent } from "./session-rules";

const now = Date.UTC(2026, 10, 22, 12);
const active = { sessionVersion: 3, disabledAt: null };
const token = { sessionVersion: 3, authTime: now - 60_000 };

describe("isSessionCurrent", () => {
  it("honours a fresh token of an active user", () => {
    expect(isSessionCurrent(token, active, now, 12)).toBe(true);
  });
  it("refuses a token from before a sign-out, password or role change", () => {
    expect(isSessionCurrent({ ...token, sessionVersion: 2 }, active, now, 12)).toBe(false);
  });
  it("refuses a disabled user's token", () => {
    expect(isSessionCurrent(token, { ...active, disabledAt: new Date(now) }, now, 12)).toBe(false);
  });
  it("refuses a token past the absolute lifetime, however active", () => {
    expect(isSessionCurrent({ ...token, authTime: now - 12 * 3600 * 1000 - 1 }, active, now, 12)).toBe(false);
    expect(isSessionCurrent({ ...token, authTime: now - 12 * 3600 * 1000 }, active, now, 12)).toBe(true);
  });
  it("refuses a token without a sign-in time", () => {
    expect(isSessionCurrent({ sessionVersion: 3 }, active, now, 12)).toBe(false);
  });
});
