import { describe, expect, it } from "vitest";
import { inviteNotice } from "./mail-notice";

describe("inviteNotice", () => {
  it.each([
    [{ isMailSent: true, isKeptInOutbox: false }, false, "sent"],
    [{ isMailSent: true, isKeptInOutbox: false }, true, "sent"],
    [{ isMailSent: true, isKeptInOutbox: true }, false, "keptInOutbox"],
    [{ isMailSent: true, isKeptInOutbox: true }, true, "keptInOutboxAdmin"],
    [{ isMailSent: false, isKeptInOutbox: false }, true, "notSent"],
  ] as const)("%j, administrator %s → %s", (outcome, canOpenOutbox, expected) => {
    expect(inviteNotice(outcome, canOpenOutbox)).toBe(expected);
  });
});
