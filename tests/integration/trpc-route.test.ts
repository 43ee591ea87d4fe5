// The tRPC endpoint as a browser reaches it: cross-site POSTs are refused before any procedure runs.
import { describe, expect, it, vi } from "vitest";
import { callRoute } from "../support/route-request";

const APP_URL = vi.hoisted(() => {
  const url = "http://localhost:3000";
  process.env.NEXTAUTH_URL = url;
  process.env.NEXTAUTH_SECRET ??= "a test secret that is long enough for next-auth";
  return url;
});

const { POST } = await import("~/app/api/trpc/[trpc]/route");

/** A mutation with an input every procedure refuses: it can change nothing, whoever sends it. */
async function post(headers: Record<string, string>) {
  const request = new Request(`${APP_URL}/api/trpc/auth.requestPasswordReset`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "localhost:3000", ...headers },
    body: JSON.stringify({ email: "not an address" }),
  });
  return (await callRoute(POST, request, {})).status;
}

describe("POST /api/trpc", () => {
  it("runs a request from the app's own pages", async () => {
    expect(await post({ origin: APP_URL })).toBe(400);
  });

  it("refuses another site, even when it names itself in X-Forwarded-Host or Host", async () => {
    expect(await post({ origin: "http://evil.example" })).toBe(403);
    expect(await post({ origin: "http://evil.example", "x-forwarded-host": "evil.example" })).toBe(403);
    expect(await post({ origin: "http://evil.example", host: "evil.example" })).toBe(403);
  });

  it("refuses the same host on another scheme or port", async () => {
    expect(await post({ origin: "https://localhost:3000" })).toBe(403);
    expect(await post({ origin: "http://localhost:3001", host: "localhost:3001" })).toBe(403);
  });
});
