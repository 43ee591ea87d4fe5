import { describe, expect, it } from "vitest";
import { ZResetPasswordForm } from "~/domain/auth/password-schema";
import { ZEmail } from "~/domain/auth/schema";
import { acceptInvitationForm } from "./accept-schema";
import { ZCreateInvitationInput, ZInviteForm } from "./schema";

const problems = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("account form schemas", () => {
  const accept = acceptInvitationForm("amina.diallo@example.org");

  it("report every field's problem at once, as message keys", () => {
    expect(problems(accept.safeParse({ name: " ", password: "short", confirm: "other" }))).toEqual({
      name: "required",
      password: "tooShort",
      confirm: "mismatch",
    });
    // The common-password list stays on the server, which answers with the same field error.
    expect(accept.safeParse({ name: "Amina", password: "iloveyou", confirm: "iloveyou" }).success).toBe(true);
  });

  it("refuse the invited address and the name being typed as the password", () => {
    expect(
      problems(accept.safeParse({ name: "Amina Diallo", password: "Diallo2025!", confirm: "Diallo2025!" })),
    ).toEqual({
      password: "guessable",
    });
    expect(
      problems(
        accept.safeParse({
          name: "A. D.",
          password: "amina.diallo@example.org",
          confirm: "amina.diallo@example.org",
        }),
      ),
    ).toEqual({ password: "guessable" });
    const long = "salt marsh at low tide, herons waiting".padEnd(128, ".");
    expect(accept.safeParse({ name: "Amina Diallo", password: long, confirm: long }).success).toBe(true);
  });

  it("check the reset form's confirmation", () => {
    expect(
      problems(ZResetPasswordForm.safeParse({ password: "salt marsh at low tide", confirm: "salt marsh" })),
    ).toEqual({
      confirm: "mismatch",
    });
  });

  it("normalise email addresses and require a target for an invitation", () => {
    expect(ZEmail.parse("  Amina@Example.ORG ")).toBe("amina@example.org");
    expect(problems(ZEmail.safeParse("not an address"))).toEqual({ "": "invalidEmail" });
    const invite = {
      email: "a@example.org",
      name: "",
      rcpId: "crcp0000000000000000000000",
      role: "EDITOR",
      isPlatformAdmin: false,
      locale: "es",
    };
    expect(ZInviteForm.safeParse(invite).success).toBe(true);
    // In the administration, no RCP chosen means a platform administrator only; it must be ticked.
    expect(ZInviteForm.safeParse({ ...invite, rcpId: "", isPlatformAdmin: true }).success).toBe(true);
    expect(problems(ZInviteForm.safeParse({ ...invite, email: "amina", rcpId: "" }))).toEqual({
      email: "invalidEmail",
      rcpId: "noTarget",
    });
    expect(
      ZCreateInvitationInput.safeParse({ email: "a@example.org", locale: "en", rcp: null }).success,
    ).toBe(false);
    expect(
      ZCreateInvitationInput.parse({
        email: "a@example.org",
        name: "",
        locale: "en",
        isPlatformAdmin: true,
        rcp: null,
      }),
    ).toMatchObject({ name: null, isPlatformAdmin: true });
  });
});
