import { describe, expect, it } from "vitest";
import commonPasswords from "./common-passwords.json";
import { passwordLength, PASSWORD_MAX_LENGTH } from "~/domain/auth/password-rules";
import { findPasswordProblem, newPasswordSchema, ZNewPassword } from "./password-policy";

const strong = "violet kettle under the bridge";
const ofLength = (length: number) => "correct horse battery staple ".repeat(10).slice(0, length);

describe("password policy", () => {
  it("accepts 8 to 128 characters with no composition rules", () => {
    expect(findPasswordProblem("gqzwvbxe")).toBeNull();
    expect(findPasswordProblem(strong)).toBeNull();
    expect(findPasswordProblem(ofLength(64))).toBeNull();
    expect(findPasswordProblem(ofLength(128))).toBeNull();
  });

  it("refuses fewer than 8 and more than 128 characters", () => {
    expect(findPasswordProblem("")).toBe("tooShort");
    expect(findPasswordProblem("gqzwvbx")).toBe("tooShort");
    expect(findPasswordProblem(ofLength(129))).toBe("tooLong");
  });

  it("counts characters as people do, not UTF-16 units", () => {
    expect(passwordLength("😀".repeat(8))).toBe(8);
    expect(findPasswordProblem("😀".repeat(8))).toBeNull();
    expect(findPasswordProblem("😀".repeat(PASSWORD_MAX_LENGTH))).toBeNull();
    expect(findPasswordProblem("😀".repeat(PASSWORD_MAX_LENGTH + 1))).toBe("tooLong");
    expect(findPasswordProblem("éàüöçñßø")).toBeNull();
  });

  it("refuses common passwords whatever their case, and their padded forms", () => {
    for (const password of ["password", "PASSWORD", "PassWord", "iloveyou", "12345678", "azertyuiop"]) {
      expect(findPasswordProblem(password), password).toBe("common");
    }
    expect(findPasswordProblem("Password2024!")).toBe("common");
    expect(findPasswordProblem("!!sunshine99")).toBe("common");
  });

  it("ships a list of several thousand common passwords, all long enough to matter", () => {
    expect(commonPasswords.length).toBeGreaterThanOrEqual(5000);
    expect(new Set(commonPasswords).size).toBe(commonPasswords.length);
    const misfits = commonPasswords.filter(
      (password) => password !== password.toLowerCase() || passwordLength(password) < 8,
    );
    expect(misfits).toEqual([]);
    expect(commonPasswords.slice(0, 3)).toEqual(["password", "12345678", "123456789"]);
  });

  it("refuses the platform's own words", () => {
    for (const password of ["migration", "MIGRATION2025", "rcp exchange", "RcpExchange", "rcp12345"]) {
      expect(findPasswordProblem(password), password).toBe("guessable");
    }
    expect(findPasswordProblem("migration stories from the coast")).toBeNull();
  });

  it("refuses the person's own email address and name", () => {
    const context = { email: "Marie.Curie@example.org", name: "Marie Skłodowska" };
    for (const password of [
      "marie.curie@example.org",
      "MARIE.CURIE",
      "mariecurie",
      "marie skłodowska",
      "Skłodowska1867",
      "curie2024!",
    ]) {
      expect(findPasswordProblem(password, context), password).toBe("guessable");
    }
    expect(findPasswordProblem("curie2024!")).toBeNull();
    expect(findPasswordProblem("jdoe42!!", { email: "jdoe42@example.org" })).toBe("guessable");
    expect(findPasswordProblem("user-6f097602!", { email: "user-6f097602@example.org" })).toBe("guessable");
    expect(findPasswordProblem("radium glows in the dark", context)).toBeNull();
  });

  it("reports the problem as the zod message, for forms and API inputs alike", () => {
    expect(ZNewPassword.safeParse(strong).success).toBe(true);
    const short = ZNewPassword.safeParse("short");
    expect(short.success ? null : short.error.issues[0]?.message).toBe("tooShort");
    const personal = newPasswordSchema({ name: "Amina Diallo" }).safeParse("diallo1990");
    expect(personal.success ? null : personal.error.issues[0]?.message).toBe("guessable");
  });
});
