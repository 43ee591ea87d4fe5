import { describe, expect, it } from "vitest";
import { distinctFullName } from "./full-name";

describe("distinctFullName", () => {
  it("gives the full name when it says more than the short one", () => {
    expect(distinctFullName({ shortName: "Colombo Process", name: "Ministerial Consultation" })).toBe(
      "Ministerial Consultation",
    );
  });

  it.each([
    ["Budapest Process", "Budapest Process"],
    ["Budapest Process", "budapest  process "],
  ])("hides %j when the full name is %j", (shortName, name) => {
    expect(distinctFullName({ shortName, name })).toBeNull();
  });
});
