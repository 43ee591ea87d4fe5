import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "./token-decode";

const secret = "a-secret-of-the-test-that-is-long-enough";

describe("decodeSessionToken", () => {
  it("reads the tokens next-auth issues, again and again with the same key", async () => {
    const token = await encode({ token: { sub: "user-1", sessionVersion: 3 }, secret, maxAge: 60 });
    for (let time = 0; time < 2; time++) {
      expect(await decodeSessionToken({ token, secret })).toMatchObject({ sub: "user-1", sessionVersion: 3 });
    }
  });

  it("refuses a token of another secret, an altered one and an expired one", async () => {
    const other = await encode({ token: { sub: "user-1" }, secret: `${secret}-other`, maxAge: 60 });
    await expect(decodeSessionToken({ token: other, secret })).rejects.toThrow();
    const token = await encode({ token: { sub: "user-1" }, secret, maxAge: 60 });
    const altered = `${token.slice(0, -4)}${token.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    await expect(decodeSessionToken({ token: altered, secret })).rejects.toThrow();
    const expired = await encode({ token: { sub: "user-1" }, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
  });

  it("is signed out without a token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
