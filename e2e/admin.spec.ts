import { randomBytes } from "node:crypto";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { createAccount } from "./support/e2e-db";
import { latestMailTo, linkIn, mailsTo } from "./support/mailbox";

test.describe("administration", () => {
  test("an administrator disables an account and finds it in the audit log", async ({
    page,
    visit,
    browser,
    loginAs,
  }) => {
    const person = await createAccount();
    const { account: admin } = await loginAs("admin");

    await visit("/en/admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
    await page.getByRole("main").getByRole("link", { name: "Users" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
    await visit(page.url());

    const filters = page.getByRole("search", { name: "Filter users" });
    await filters.getByLabel("Email address or name").fill(person.email);
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/q=e2e-/);
    await expect(page.getByRole("region", { name: "Accounts" }).getByRole("status")).toHaveText("1 user");

    await page.getByRole("button", { name: `Manage ${person.email}` }).click();
    const dialog = page.getByRole("dialog", { name: `Manage ${person.email}` });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Disable account" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Disable this account?" });
    await expect(confirm).toContainText(`${person.email} will be signed out at once`);
    await confirm.getByRole("button", { name: "Disable account" }).click();
    await expect(confirm).toBeHidden();
    await expect(dialog.getByRole("button", { name: "Enable account" })).toBeVisible();
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("row", { name: new RegExp(person.email) })).toContainText("Disabled since");

    // The disabled person cannot sign in any more.
    const other = await browser.newPage();
    const otherSignIn = new SignInPage(other);
    await otherSignIn.open();
    await otherSignIn.submit(person);
    await expect(other.getByRole("main").getByRole("alert")).toHaveText(
      "The email address or password is not correct.",
    );
    await other.close();

    await visit("/en/admin/audit");
    const auditFilters = page.getByRole("search", { name: "Filter the audit log" });
    await auditFilters.getByLabel("Done by (email address or name)").fill(admin.email);
    await auditFilters.getByLabel("Action").selectOption("user.disable");
    await auditFilters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/action=user.disable/);
    const rows = page.getByRole("table", { name: "Audit entries, newest first" }).getByRole("row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText("Disabled an account");
    await expect(rows.nth(1)).toContainText(person.email);
    await expect(rows.nth(1)).toContainText(admin.email);
    await visit(page.url());
  });

  test("an administrator invites people from the users page and manages their invitations", async ({
    page,
    visit,
    loginAs,
  }) => {
    const { account: admin } = await loginAs("admin");
    const suffix = randomBytes(3).toString("hex");
    const colleague = `e2e-colleague-${suffix}@example.org`;
    const newAdmin = `e2e-new-admin-${suffix}@example.org`;
    await visit("/en/admin/users");

    await page.getByText("Invite a person").click();
    const form = page.getByRole("form", { name: "Invite a person" });
    const email = form.getByLabel("Email address");
    const rcp = form.getByLabel("RCP", { exact: true });
    const send = form.getByRole("button", { name: "Send the invitation", exact: true });
    // Neither an RCP nor platform administration: each problem is said next to its field.
    await email.fill("not an address");
    await send.click();
    await expect(email).toHaveAccessibleDescription("Enter an email address such as name@example.org.");
    await expect(rcp).toHaveAccessibleDescription(/Choose an RCP, or make them a platform administrator\.$/);
    await expect(rcp).toHaveAttribute("aria-invalid", "true");
    // Archived RCPs are not offered.
    await expect(rcp.getByRole("option", { name: /archived/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // To the secretariat of an RCP, as an editor, with the email in Spanish.
    await email.fill(colleague);
    await form.getByLabel("Name (optional)").fill("Ana Colega");
    await rcp.selectOption({ label: "Bali Process" });
    await form.getByLabel(/^Editor/).check();
    await form.getByLabel("Language of the email").selectOption({ label: "Español" });
    await send.click();
    await expect(form.getByRole("status")).toHaveText(`Invitation sent to ${colleague}.`);
    const pending = page.getByRole("region", { name: "Pending invitations" });
    const colleagueItem = pending.getByRole("listitem").filter({ hasText: colleague });
    await expect(colleagueItem).toContainText(`Ana Colega · ${colleague}`);
    await expect(colleagueItem).toContainText(`Bali Process — Editor · Invited by ${admin.name}`);
    await expect(colleagueItem).toContainText("Email in Spanish");

    // The same address again is refused, next to it.
    await email.fill(colleague);
    await send.click();
    await expect(email).toHaveAccessibleDescription(
      "This person already has an open invitation: resend it from the list of pending invitations.",
    );

    // A platform administrator who joins no secretariat.
    await email.fill(newAdmin);
    await rcp.selectOption({ label: "None: platform administrator only" });
    await expect(form.getByLabel(/^Editor/)).toHaveCount(0);
    await form.getByLabel("Make them a platform administrator").check();
    // The form kept the language of the previous invitation.
    await expect(form.getByLabel("Language of the email")).toHaveValue("es");
    await form.getByLabel("Language of the email").selectOption({ label: "English" });
    await send.click();
    await expect(form.getByRole("status")).toHaveText(`Invitation sent to ${newAdmin}.`);
    await expect(pending.getByRole("listitem").filter({ hasText: newAdmin })).toContainText(
      `Platform administrator · Invited by ${admin.name}`,
    );
    await expectNoAxeViolations(page);

    // Managed from the same list: a new link for one, the other withdrawn.
    await pending.getByRole("button", { name: `Resend the invitation to ${newAdmin}` }).click();
    await expect(pending.getByRole("status")).toHaveText(
      `A new link was sent to ${newAdmin}; the previous one no longer works.`,
    );
    await pending.getByRole("button", { name: `Withdraw the invitation to ${colleague}` }).click();
    await page
      .getByRole("alertdialog", { name: `Withdraw the invitation to ${colleague}?` })
      .getByRole("button", { name: "Withdraw the invitation", exact: true })
      .click();
    await expect(pending.getByRole("status")).toHaveText(`The invitation to ${colleague} was withdrawn.`);
    await expect(pending.getByRole("listitem").filter({ hasText: colleague })).toHaveCount(0);
    await expect(pending.getByRole("listitem").filter({ hasText: newAdmin })).toBeVisible();
    await expectNoAxeViolations(page);

    // The mails went out: the colleague's in Spanish, the administrator's again with a new link.
    const toColleague = await latestMailTo(colleague);
    expect(toColleague.subject).toBe("Invitación a la secretaría del Proceso de Bali en RCP Exchange");
    expect(linkIn(toColleague, "/es/invitation/")).toMatch(/^\/es\/invitation\/[A-Za-z0-9_-]{43}$/);
    await expect.poll(async () => (await mailsTo(newAdmin)).length).toBe(2);
    const [invited, resent] = await mailsTo(newAdmin);
    expect([invited!.subject, resent!.subject]).toEqual(
      Array(2).fill("Invitation to administer RCP Exchange"),
    );
    expect(linkIn(resent!, "/en/invitation/")).not.toBe(linkIn(invited!, "/en/invitation/"));
  });

  test("the administration does not exist for anyone else", async ({ page, visit, loginAs }) => {
    const anonymous = await page.goto("/en/admin/users");
    expect(anonymous?.status()).toBe(200);
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fadmin%2Fusers$/);

    await loginAs("editor", { rcpSlug: "bali-process" });
    for (const path of [
      "/en/admin",
      "/en/admin/users",
      "/en/admin/rcps",
      "/en/admin/audit",
      "/en/admin/mail",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
    await visit("/en/admin");
  });
});
