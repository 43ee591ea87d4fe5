import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { SiteHeader } from "./pages/site-header";
import { createAccount } from "./support/e2e-db";

// Public pages are rendered once and then served to everyone from the cache: nothing about the
// request that happened to render them may end up in them.
test.describe("cached public pages", () => {
  test("an invalid address answers 404 and cannot leave its path in the lists rendered after a save", async ({
    page,
    request,
  }) => {
    test.slow();
    // A save drops every cached public page: the next request to each renders it again.
    const editor = await createAccount({ rcpSlug: "sacm", rcpRole: "EDITOR" });
    await new SignInPage(page).signIn(editor);
    await page.goto("/en/manage/sacm/edit");
    await page.waitForLoadState("networkidle");
    await page
      .getByRole("textbox", { name: "Main areas of discussion — French" })
      .fill(`Conférence sud-américaine sur les migrations (${randomUUID().slice(0, 6)}).`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Saved\. Version \d+/ })).toBeVisible();

    for (const path of ["/en/rcps/%00", "/en/countries/%00", "/fr/countries/%00/x"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["cache-control"], path).toContain("no-store");
    }
    for (const path of ["/en/rcps", "/en/countries"]) {
      const html = await (await request.get(path)).text();
      expect(html, path).not.toMatch(/%00|\\u0000/i);
      expect(html.includes("\u0000"), path).toBe(false);
      expect(html, path).toContain(`href="/fr${path.slice(3)}"`);
    }
  });

  test("a page served from the cache sets no cookie", async ({ request }) => {
    // Asked in English of a French page: the locale cookie used to be set on such a response.
    const headers = { "accept-language": "en" };
    for (const path of ["/fr/about", "/fr/rcps", "/es/countries"]) {
      const first = await request.get(path, { headers });
      const again = await request.get(path, { headers });
      expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
      expect([first.headers()["set-cookie"], again.headers()["set-cookie"]], path).toEqual([
        undefined,
        undefined,
      ]);
    }
  });

  test("the language chosen in the switcher is remembered for the site's address", async ({ page }) => {
    await page.goto("/en/about");
    await page.waitForLoadState("networkidle");
    await new SiteHeader(page).switchLanguage("Español");
    await expect(page).toHaveURL(/\/es\/about$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/es$/);
  });
});
