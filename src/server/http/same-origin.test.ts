import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

function post(headers: Record<string, string>) {
  return new Request("http://rcp.example.org/api/trpc/x", {
    method: "POST",
    headers: { host: "rcp.example.org", ...headers },
  });
}

describe("isSameOrigin", () => {
  it("accepts the app's own origin", () => {
    expect(isSameOrigin(post({ origin: "http://rcp.example.org" }))).toBe(true);
  });
  it("refuses another site", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example.com" }))).toBe(false);
  });
  it("falls back to the referer", () => {
    expect(isSameOrigin(post({ referer: "https://evil.example.com/page" }))).toBe(false);
    expect(isSameOrigin(post({ referer: "http://rcp.example.org/en" }))).toBe(true);
  });
  it("refuses a malformed origin", () => {
    expect(isSameOrigin(post({ origin: "null" }))).toBe(false);
  });
});
