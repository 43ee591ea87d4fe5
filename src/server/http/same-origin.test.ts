import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const APP = "https://rcp.example.org";

function post(headers: Record<string, string>) {
  return new Request("http://rcp.example.org/api/trpc/x", {
    method: "POST",
    headers: { host: "rcp.example.org", ...headers },
  });
}

describe("isSameOrigin", () => {
  it("accepts the app's own origin", () => {
    expect(isSameOrigin(post({ origin: "https://rcp.example.org" }), APP)).toBe(true);
  });
  it("accepts a request without Origin or Referer (not a browser)", () => {
    expect(isSameOrigin(post({}), APP)).toBe(true);
  });
  it("refuses another site", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example.com" }), APP)).toBe(false);
  });
  it("compares the scheme and the port, not only the host", () => {
    expect(isSameOrigin(post({ origin: "http://rcp.example.org" }), APP)).toBe(false);
    expect(isSameOrigin(post({ origin: "https://rcp.example.org:8443" }), APP)).toBe(false);
    expect(isSameOrigin(post({ origin: "https://rcp.example.org:443" }), APP)).toBe(true);
  });
  it("ignores X-Forwarded-Host and Host, which a client can choose", () => {
    const request = post({ origin: "https://evil.example.com", "x-forwarded-host": "evil.example.com" });
    expect(isSameOrigin(request, APP)).toBe(false);
    expect(isSameOrigin(post({ origin: "https://evil.example.com", host: "evil.example.com" }), APP)).toBe(
      false,
    );
  });
  it("falls back to the referer", () => {
    expect(isSameOrigin(post({ referer: "https://evil.example.com/page" }), APP)).toBe(false);
    expect(isSameOrigin(post({ referer: "https://rcp.example.org/en" }), APP)).toBe(true);
  });
  it("refuses a malformed origin", () => {
    expect(isSameOrigin(post({ origin: "null" }), APP)).toBe(false);
  });
});
