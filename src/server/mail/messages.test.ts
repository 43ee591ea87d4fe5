import { describe, expect, it } from "vitest";
import { appLink } from "./mailer";
import { invitationMail, passwordResetMail } from "./messages";

const token = "A".repeat(43);
const base = {
  appUrl: "https://rcp.example.org/",
  to: "amina@example.org",
  token,
  name: "Amina",
  inviterName: "Jon Doe",
  rcp: { shortName: "Processus de Bali", role: "EDITOR" as const },
  isPlatformAdmin: false,
};

describe("emails", () => {
  it("builds absolute links from the public address, with or without a path or trailing slash", () => {
    expect(appLink("https://rcp.example.org/", "/en/x")).toBe("https://rcp.example.org/en/x");
    expect(appLink("https://example.org/rcp", "en/x")).toBe("https://example.org/rcp/en/x");
  });

  it("writes the invitation in the recipient's language, with the link in both parts", () => {
    const link = `https://rcp.example.org/fr/invitation/${token}`;
    const mail = invitationMail({ ...base, locale: "fr" });
    expect(mail.to).toBe("amina@example.org");
    expect(mail.subject).toBe("Invitation au secrétariat du Processus de Bali sur RCP Exchange");
    expect(mail.text).toContain("Bonjour Amina,");
    expect(mail.text).toContain("Jon Doe vous invite à rejoindre le secrétariat du Processus de Bali");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("expire dans 7 jours");
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain('<html lang="fr">');

    const spanish = invitationMail({ ...base, locale: "es", rcp: { shortName: "MIDSA", role: "VIEWER" } });
    expect(spanish.subject).toBe("Invitación a la secretaría de MIDSA en RCP Exchange");
    expect(spanish.text).toContain("como lector o lectora");
    expect(spanish.text).toContain(`https://rcp.example.org/es/invitation/${token}`);
  });

  it("names the process with the article its name takes in each language", () => {
    const mail = (locale: "en" | "fr" | "es", shortName: string) =>
      invitationMail({ ...base, locale, rcp: { shortName, role: "EDITOR" } });
    expect(mail("es", "Proceso Puebla").text).toContain("a unirse a la secretaría del Proceso Puebla en");
    expect(mail("es", "Proceso Puebla").subject).toBe(
      "Invitación a la secretaría del Proceso Puebla en RCP Exchange",
    );
    expect(mail("es", "Conferencia Suramericana sobre Migraciones").subject).toContain(
      "secretaría de la Conferencia",
    );
    expect(mail("fr", "Consultations intergouvernementales").subject).toContain(
      "secrétariat des Consultations",
    );
    expect(mail("en", "Puebla Process").text).toContain("join the secretariat of the Puebla Process on");
    expect(mail("en", "MIDSA").subject).toBe("Invitation to the MIDSA secretariat on RCP Exchange");
  });

  it("says so when the invitation makes a platform administrator", () => {
    const adminOnly = invitationMail({ ...base, locale: "en", rcp: null, isPlatformAdmin: true });
    expect(adminOnly.subject).toBe("Invitation to administer RCP Exchange");
    expect(adminOnly.text).toContain("Jon Doe invites you to RCP Exchange as a platform administrator.");
    const both = invitationMail({ ...base, locale: "en", isPlatformAdmin: true });
    expect(both.text).toContain("You will also be a platform administrator.");
  });

  it("escapes what people typed in the HTML part", () => {
    const mail = invitationMail({
      ...base,
      locale: "en",
      name: null,
      inviterName: '<img src=x onerror="x">',
    });
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;x&quot;&gt;");
    expect(mail.text).toContain("Hello,");
  });

  it("writes the reset link with its one-hour validity", () => {
    const mail = passwordResetMail({ ...base, locale: "en" });
    expect(mail.subject).toBe("Choose a new password for RCP Exchange");
    expect(mail.text).toContain(`https://rcp.example.org/en/reset-password/${token}`);
    expect(mail.text).toContain("expires in 60 minutes");
    expect(mail.text).toContain("account of amina@example.org");
  });
});
