import { expect, test } from "./fixtures";

test.describe("security headers", () => {
  test("a per-request page carries a nonce policy and is never stored", async ({ request }) => {
    const response = await request.get("/en/sign-in");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["cache-control"]).toContain("no-store");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
    expect(await response.text()).toContain(`nonce="${nonce}"`);
  });

  test("a cached public page still forbids plugins, foreign base URIs and framing", async ({ request }) => {
    const headers = (await request.get("/en/rcps")).headers();
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["content-security-policy"]).toContain("base-uri 'self'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  test("the sign-in page works under its nonce policy", async ({ page, visit }) => {
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    await visit("/en/sign-in");
    await page.getByLabel("Email address").fill("someone@example.org");
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    expect(blocked).toEqual([]);
  });

  test("a cross-site POST to the API is refused", async ({ request }) => {
    const response = await request.post("/api/trpc/user.me", {
      headers: { origin: "https://attacker.example", "content-type": "application/json" },
      data: {},
    });
    expect(response.status()).toBe(403);
  });
});
