import { expect, expectNoAxeViolations, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { SiteHeader } from "./pages/site-header";
import { createAccount } from "./support/e2e-db";
import { latestMailTo, linkIn } from "./support/mailbox";

test.describe("invitations", () => {
  test("an invitation link in French refuses weak passwords field by field, then signs the person in", async ({
    page,
    visit,
    loginAs,
  }) => {
    const invitee = `amina-${Date.now()}@example.org`;

    // An administrator invites a colleague to the Bali Process from its staff page…
    const { page: adminPage } = await loginAs("admin", { newContext: true });
    const staffResponse = await adminPage.goto("/en/manage/bali-process/staff");
    // Per-person pages are rendered for each request and kept by no cache.
    expect(staffResponse?.headers()["cache-control"]).toContain("no-store");
    await adminPage.waitForLoadState("networkidle");
    await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText("Secretariat staff");
    await expectNoAxeViolations(adminPage);
    await adminPage.getByLabel("Email address").fill(invitee);
    await adminPage.getByLabel("Name (optional)").fill("Amina Diallo");
    await adminPage.getByLabel(/^Editor/).check();
    await adminPage.getByLabel("Language of the email").selectOption({ label: "Français" });
    await adminPage.getByRole("button", { name: "Send the invitation", exact: true }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: "Invitation sent" })).toHaveText(
      `Invitation sent to ${invitee}.`,
    );
    const pending = adminPage.getByRole("region", { name: "Pending invitations" });
    await expect(pending.getByText(invitee)).toBeVisible();

    // …whose email, in French, arrives at the mail server with the link.
    const mail = await latestMailTo(invitee);
    expect(mail.subject).toBe("Invitation au secrétariat du Processus de Bali sur RCP Exchange");
    const link = linkIn(mail, "/fr/invitation/");
    expect(link).toMatch(/^\/fr\/invitation\/[A-Za-z0-9_-]{43}$/);

    // The invited person opens it, signed out.
    await visit(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acceptez votre invitation");
    await expect(
      page.getByText(`Invitation adressée à ${invitee} pour rejoindre le secrétariat du Processus de Bali`),
    ).toBeVisible();
    await expect(page.getByLabel("Votre nom")).toHaveValue("Amina Diallo");
    const password = page.getByLabel("Choisissez un mot de passe");
    const confirm = page.getByLabel("Saisissez à nouveau le mot de passe");
    const submit = page.getByRole("button", { name: "Accepter et se connecter" });

    await password.fill("court");
    await confirm.fill("autre");
    await submit.click();
    await expect(password).toHaveAccessibleDescription(/Utilisez au moins 8 caractères\./);
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(confirm).toHaveAccessibleDescription("Les deux mots de passe ne sont pas identiques.");
    await expectNoAxeViolations(page);

    await password.fill("motdepasse");
    await confirm.fill("motdepasse");
    await submit.click();
    await expect(password).toHaveAccessibleDescription(/Ce mot de passe fait partie des plus utilisés/);
    await expect(confirm).not.toHaveAttribute("aria-invalid");

    await password.fill("des hérons dans la baie au matin");
    await confirm.fill("des hérons dans la baie au matin");
    await submit.click();
    await expect(page).toHaveURL(/\/fr\/manage\/bali-process\/staff$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personnel du secrétariat");
    await expect(page.getByRole("row").filter({ hasText: invitee })).toContainText("Éditeur");
    await expectNoAxeViolations(page);

    // The link worked once.
    await visit(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cette invitation a déjà été acceptée");
  });
});

test.describe("pages behind rights", () => {
  test("the dev outbox and a staff page are not found for those without rights", async ({
    page,
    loginAs,
  }) => {
    for (const path of ["/en/dev/outbox", "/fr/dev/outbox"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    const signInRedirect = await page.goto("/en/manage/bali-process/staff");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fmanage%2Fbali-process%2Fstaff$/);
    // Sent to sign-in by the server itself (307), not by a script after a 200.
    expect((await signInRedirect?.request().redirectedFrom()?.response())?.status()).toBe(307);

    // Signed in without any role, the person is sent back where they were going, which is not found.
    await new SignInPage(page).submit(await createAccount());
    await expect(page).toHaveURL(/\/en\/manage\/bali-process\/staff$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    expect((await page.goto("/en/manage/bali-process/staff"))?.status()).toBe(404);
    expect((await page.goto("/en/dev/outbox"))?.status()).toBe(404);

    // Mail goes over SMTP here, so there is no outbox at all, not even for an administrator.
    const { page: adminPage } = await loginAs("admin", { newContext: true });
    expect((await adminPage.goto("/en/dev/outbox"))?.status()).toBe(404);
  });
});

test.describe("password reset", () => {
  test("forgot-password gives the same confirmation for any address", async ({ page, visit }) => {
    await visit("/en/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL(/\/en\/forgot-password$/);
    await page.waitForLoadState("networkidle");
    await expectNoAxeViolations(page);

    const confirmationFor = async (email: string) => {
      await visit("/en/forgot-password");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Send the link" }).click();
      const confirmation = page.getByRole("status");
      await expect(confirmation).toContainText("Check your email");
      return confirmation.innerText();
    };
    const forAccount = await confirmationFor((await createAccount()).email);
    const forNobody = await confirmationFor(`nobody-${Date.now()}@example.org`);
    expect(forNobody).toBe(forAccount);
    await expectNoAxeViolations(page);

    await visit("/en/forgot-password");
    await page.getByLabel("Email address").fill("not an address");
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByLabel("Email address")).toHaveAccessibleDescription(
      "Enter an email address such as name@example.org.",
    );
  });

  test("a reset link sets a new password once and signs the person in", async ({ page, visit }) => {
    const person = await createAccount();
    await visit("/en/forgot-password");
    await page.getByLabel("Email address").fill(person.email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("status")).toContainText("Check your email");

    const link = linkIn(await latestMailTo(person.email), "/en/reset-password/");

    await visit(link);
    await page.getByLabel("New password", { exact: true }).fill("a new passphrase for the harbour");
    await page.getByLabel("Type the new password again").fill("a new passphrase for the harbour");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await new SiteHeader(page).expectSignedInAs(person.name);

    await visit(link);
    await page.getByLabel("New password", { exact: true }).fill("yet another passphrase here");
    await page.getByLabel("Type the new password again").fill("yet another passphrase here");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "This link has expired or was already used.",
    );
    await expect(page.getByRole("link", { name: "Request a new link" })).toBeVisible();
  });
});
