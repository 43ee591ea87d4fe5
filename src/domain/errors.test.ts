import { describe, expect, it } from "vitest";
import { messages } from "~/i18n/messages";
import { locales } from "~/i18n/routing";
import { ERROR_CODES, ERROR_KEYS } from "./errors";

describe("error keys", () => {
  it.each(locales)("all have a message in %s, where the client looks for them", (locale) => {
    const m = messages[locale];
    const shown = new Set([
      ...Object.keys(m.AccountErrors),
      ...Object.keys(m.AdminErrors),
      ...Object.keys(m.EditProfile.errors),
      ...Object.keys(m.Password),
      // The staff page's role changes say why they were refused in its own words.
      ...Object.keys(m.Staff),
      ...Object.keys(m.ActivityErrors),
      ...Object.keys(m.DocumentsErrors),
      ...Object.keys(m.CoHostsErrors),
      ...Object.keys(m.RegistrationErrors),
      ...Object.keys(m.FollowErrors),
      ...Object.keys(m.RecommendationErrors),
      ...Object.keys(m.FocalPointErrors),
    ]);
    expect(ERROR_KEYS.filter((key) => !shown.has(key))).toEqual([]);
    expect(ERROR_CODES.filter((code) => !(code in m.Errors))).toEqual([]);
  });
});
