import { describe, expect, it } from "vitest";
import { sessionSummary } from "./session-summary";

describe("sessionSummary", () => {
  it("is signed out for next-auth's empty session and anything unexpected", () => {
    for (const body of [{}, null, "x", { user: null }, { user: "me" }, []]) {
      expect(sessionSummary(body)).toBeNull();
    }
  });

  it("names the person, or their email when they have no name", () => {
    expect(sessionSummary({ user: { name: "Ana", email: "ana@example.org" }, expires: "" })).toEqual({
      name: "Ana",
    });
    expect(sessionSummary({ user: { name: null, email: "ana@example.org" } })).toEqual({
      name: "ana@example.org",
    });
    expect(sessionSummary({ user: { name: "", email: "ana@example.org" } })).toEqual({
      name: "ana@example.org",
    });
  });
});
