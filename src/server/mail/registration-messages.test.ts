import { describe, expect, it } from "vitest";
import { locales } from "~/i18n/routing";
import { PERSON_MAIL_KINDS, registrationPersonMail, registrationSummaryMail } from "./registration-messages";

const TOKEN = "a".repeat(43);

describe("registration mail", () => {
  it.each(locales)("writes every kind to the person in %s, with their private link", (locale) => {
    for (const kind of PERSON_MAIL_KINDS) {
      const mail = registrationPersonMail({
        kind,
        locale,
        appUrl: "https://rcp.example/",
        to: "delegate@example.gov",
        name: "Ana Pérez",
        title: "Joint workshop",
        when: "12 May 2030",
        token: TOKEN,
        position: 3,
        reason: kind === "rejected" ? "Seats are for delegates" : null,
        registrar: kind === "confirmed" ? "Editor of Bali" : null,
      });
      expect(mail.subject).toContain("Joint workshop");
      expect(mail.text).toContain(`https://rcp.example/${locale}/registration/${TOKEN}`);
      expect(mail.text).toContain("Ana Pérez");
      // Every placeholder was filled.
      expect(`${mail.subject}${mail.text}`).not.toMatch(/[{}]/);
      if (kind === "rejected") expect(mail.text).toContain("Seats are for delegates");
      if (kind === "waitlisted") expect(mail.text).toContain("3");
      if (kind === "confirmed") expect(mail.text).toContain("Editor of Bali");
    }
  });

  it.each(locales)("writes the hosts' daily summary in %s", (locale) => {
    const mail = registrationSummaryMail({
      locale,
      appUrl: "https://rcp.example",
      to: "editor@example.org",
      name: null,
      title: "Joint workshop",
      when: "12 May 2030",
      day: "7 December 2026",
      path: `/${locale}/manage/bali-process/activities/joint/participants`,
      changes: [
        { name: "Ana Pérez", status: "CONFIRMED" },
        { name: "Li Wei", status: "WITHDRAWN" },
      ],
      counts: { confirmed: 8, pending: 1, waitlisted: 4, capacity: 10 },
    });
    expect(mail.text).toContain("Ana Pérez");
    expect(mail.text).toContain("Li Wei");
    expect(mail.text).toContain(
      `https://rcp.example/${locale}/manage/bali-process/activities/joint/participants`,
    );
    expect(`${mail.subject}${mail.text}`).not.toMatch(/[{}]/);
  });
});
