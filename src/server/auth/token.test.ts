import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZToken } from "~/domain/auth/schema";
import { createToken, hashToken } from "./token";

describe("link tokens", () => {
  it("are 32 random bytes in base64url, accepted by the token schema", () => {
    const { token } = createToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ZToken.safeParse(token).success).toBe(true);
  });

  it("differ every time", () => {
    const tokens = new Set(Array.from({ length: 100 }, () => createToken().token));
    expect(tokens.size).toBe(100);
  });

  it("are stored as their SHA-256 only", () => {
    const { token, tokenHash } = createToken();
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(tokenHash).not.toContain(token);
    expect(hashToken(token)).toBe(tokenHash);
    const oneCharOff = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(hashToken(oneCharOff)).not.toBe(tokenHash);
  });

  it("refuses anything that is not a token", () => {
    for (const value of ["", "short", `${"a".repeat(43)}=`, "a".repeat(44), `${"a".repeat(42)}/`]) {
      expect(ZToken.safeParse(value).success, value).toBe(false);
    }
  });
});
