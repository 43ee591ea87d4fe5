import { describe, expect, it } from "vitest";
import { findPasswordProblem, newPasswordSchema } from "./password-rules";

describe("password rules shared with the browser", () => {
  it("check length and the person's own words, and leave the block list to whoever passes one", () => {
    expect(findPasswordProblem("short")).toBe("tooShort");
    expect(findPasswordProblem("iloveyou")).toBeNull();
    expect(findPasswordProblem("iloveyou", {}, (form) => form === "iloveyou")).toBe("common");
    expect(findPasswordProblem("migration2025")).toBe("guessable");
    const schema = newPasswordSchema({ name: "Amina Diallo" });
    expect(schema.safeParse("diallo1990").error?.issues[0]?.message).toBe("guessable");
  });
});
