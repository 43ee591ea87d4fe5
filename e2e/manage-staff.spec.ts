import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createAccount } from "./support/e2e-db";
import { mailsTo } from "./support/mailbox";

const RCP = "abu-dhabi-dialogue";
const STAFF = `/en/manage/${RCP}/staff`;

const row = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name });

test.describe("managing a secretariat's staff", () => {
  test.slow();

  test("an editor changes a colleague's role and removes them, each after confirming", async ({
    page,
    visit,
    loginAs,
  }) => {
    const colleague = await createAccount({ rcpSlug: RCP, rcpRole: "VIEWER", name: "Omar Haddad" });
    const { account: me } = await loginAs("editor", { rcpSlug: RCP, name: "Layla Nasser" });
    await visit(STAFF);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Secretariat staff");
    await expect(page.getByRole("heading", { level: 1 }).getByRole("link")).toHaveCount(0);
    const tabs = page.getByRole("navigation", { name: "Manage this profile" });
    await expect(tabs.getByRole("link")).toHaveText([
      "Edit profile",
      "History",
      "Staff",
      "Activities",
      "Focal points",
    ]);
    await expect(tabs.getByRole("link", { name: "Staff" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "View the public profile" })).toHaveAttribute(
      "href",
      `/en/rcps/${RCP}`,
    );
    await expect(row(page, me.email)).toContainText("(you)");

    // Cancelling changes nothing.
    await row(page, colleague.email).getByRole("button", { name: "Make Omar Haddad an editor" }).click();
    const promote = page.getByRole("alertdialog", { name: "Make Omar Haddad an editor?" });
    await expect(promote).toContainText("will be able to change the profile");
    await expectNoAxeViolations(page);
    await promote.getByRole("button", { name: "Cancel" }).click();
    await expect(promote).toBeHidden();
    await expect(row(page, colleague.email).getByRole("cell").nth(2)).toHaveText("Viewer");

    await row(page, colleague.email).getByRole("button", { name: "Make Omar Haddad an editor" }).click();
    await promote.getByRole("button", { name: "Make Omar Haddad an editor" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Omar Haddad is now an editor." })).toBeVisible();
    await expect(row(page, colleague.email).getByRole("cell").nth(2)).toHaveText("Editor");

    await row(page, colleague.email)
      .getByRole("button", { name: "Remove Omar Haddad from the secretariat" })
      .click();
    const removal = page.getByRole("alertdialog", { name: "Remove Omar Haddad from the secretariat?" });
    await removal.getByRole("button", { name: "Remove Omar Haddad from the secretariat" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Omar Haddad was removed from the secretariat." }),
    ).toBeVisible();
    await expect(row(page, colleague.email)).toHaveCount(0);

    // The same actions speak the reader's language.
    const other = await createAccount({ rcpSlug: RCP, rcpRole: "EDITOR", name: "Sara Ali" });
    await visit(`/es/manage/${RCP}/staff`);
    await expect(
      page.getByRole("navigation", { name: "Gestionar este perfil" }).getByRole("link"),
    ).toHaveText(["Editar el perfil", "Historial", "Personal", "Actividades", "Puntos focales"]);
    await row(page, other.email).getByRole("button", { name: "Hacer lector a Sara Ali" }).click();
    const demote = page.getByRole("alertdialog", { name: "¿Hacer lector a Sara Ali?" });
    await demote.getByRole("button", { name: "Hacer lector a Sara Ali" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Sara Ali es ahora lector." })).toBeVisible();
    await expect(row(page, other.email).getByRole("cell").nth(2)).toHaveText("Lector");
  });

  test("withdrawing an invitation asks first and can be undone by inviting again", async ({
    page,
    visit,
    loginAs,
  }) => {
    const invitee = `hana-${Date.now()}@example.org`;
    await loginAs("editor", { rcpSlug: RCP });
    await visit(STAFF);
    await page.getByLabel("Email address").fill(invitee);
    await page.getByRole("button", { name: "Send the invitation", exact: true }).click();
    const pending = page.getByRole("region", { name: "Pending invitations" });
    await expect(pending.getByText(invitee)).toBeVisible();

    const withdraw = pending.getByRole("button", { name: `Withdraw the invitation to ${invitee}` });
    await withdraw.click();
    const dialog = page.getByRole("alertdialog", { name: `Withdraw the invitation to ${invitee}?` });
    await expect(dialog).toContainText("Its link stops working at once.");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(pending.getByText(invitee)).toBeVisible();

    await withdraw.click();
    await dialog.getByRole("button", { name: "Withdraw the invitation", exact: true }).click();
    await expect(
      pending.getByRole("status").filter({ hasText: `The invitation to ${invitee} was withdrawn.` }),
    ).toBeVisible();
    await expect(pending.getByRole("listitem").filter({ hasText: invitee })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await pending.getByRole("button", { name: `Invite ${invitee} again` }).click();
    await expect(
      pending.getByRole("status").filter({ hasText: `${invitee} is invited again: a new link was sent.` }),
    ).toBeVisible();
    await expect(pending.getByRole("listitem").filter({ hasText: invitee })).toBeVisible();
    await expect(pending.getByRole("button", { name: `Invite ${invitee} again` })).toHaveCount(0);
    await expect.poll(async () => (await mailsTo(invitee)).length).toBe(2);
  });
});
