import { expect, test } from "./fixtures";

// The public read API as `next start` serves it: its own cache headers win over the no-store of
// the other /api routes, any site may read it, and its reference page is one link away.
test.describe("public read API", () => {
  test("answers JSON that shared caches may keep a minute and any site may read", async ({ request }) => {
    for (const path of ["/api/v1/rcps", "/api/v1/activities?when=past&limit=2", "/api/v1/openapi.json"]) {
      const response = await request.get(path, { headers: { origin: "https://elsewhere.example" } });
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"], path).toBe("public, max-age=60");
      expect(response.headers()["access-control-allow-origin"], path).toBe("*");
      expect(response.headers()["set-cookie"], path).toBeUndefined();
    }
    const refused = await request.get("/api/v1/activities?when=soon");
    expect(refused.status()).toBe(400);
    expect(refused.headers()["content-type"]).toBe("application/problem+json");
    expect(refused.headers()["cache-control"]).toBe("no-store");
    expect(await refused.json()).toMatchObject({ status: 400, parameter: "when" });
    const unknown = await request.get("/api/v1/nothing-here");
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()["content-type"]).toBe("application/problem+json");
  });

  test("its reference is linked from the footer and documents every endpoint", async ({ page }) => {
    await page.goto("/fr/about");
    await page.getByRole("contentinfo").getByRole("link", { name: "API publique" }).click();
    await expect(page).toHaveURL(/\/fr\/api-docs$/);
    await expect(page.getByRole("heading", { level: 1, name: "API publique de lecture" })).toBeVisible();
    for (const heading of [
      "Liste des PCR",
      "Le profil d'un PCR",
      "Liste des activités publiques",
      "Une activité publique",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText("GET /api/v1/activities/{slug}")).toBeVisible();
    await expect(page.getByRole("link", { name: "/api/v1/openapi.json" })).toHaveAttribute(
      "href",
      "/api/v1/openapi.json",
    );
  });
});
