import { expect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { SiteHeader } from "./pages/site-header";
import { createAccount } from "./support/e2e-db";

test.describe("sessions", () => {
  test("signing in shows who is signed in; the cookie is HttpOnly and SameSite=Lax", async ({
    page,
    context,
    loginAs,
  }) => {
    const { account } = await loginAs("viewer");
    await new SiteHeader(page).expectSignedInAs(account.name);
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });

  test("signing out invalidates a copied session cookie", async ({
    page,
    context,
    playwright,
    baseURL,
    loginAs,
  }) => {
    await loginAs("viewer");
    const captured = await context.cookies();

    const thief = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: captured, origins: [] },
    });
    const me = () => thief.get("/api/trpc/user.me");
    expect((await me()).status()).toBe(200);

    await new SiteHeader(page).signOut();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    // The thief still presents the old token, which is not expired: the server refuses it.
    expect((await me()).status()).toBe(401);
    await thief.dispose();
  });

  test("a 128-character password works", async ({ page }) => {
    const account = await createAccount();
    const { e2eDb } = await import("./support/e2e-db");
    const { hashPassword } = await import("../src/server/auth/password");
    const long = "x".repeat(100) + "-long-passphrase-of-128-characters";
    const password = long.slice(0, 128);
    await e2eDb().user.update({
      where: { id: account.id },
      data: { passwordHash: await hashPassword(password) },
    });
    await new SignInPage(page).signIn({ email: account.email, password });
    await new SiteHeader(page).expectSignedInAs(account.name);
  });
});
