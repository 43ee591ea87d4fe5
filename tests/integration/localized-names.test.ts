// Process names in French and Spanish: written by editors, read back by the public pages and
// the history, and used by the invitation email.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "~/generated/prisma/client";
import { createSmtpMailer, type TMailer } from "~/server/mail/mailer";
import { testDb } from "../support/db";
import { callerFor, createRcp, createUser, TEST_APP_URL } from "../support/factories";
import { changed, editableOf, saveChange } from "../support/profiles";
import { startTestSmtp, type TTestSmtp } from "../support/smtp";
import { errorOf } from "../support/trpc-error";

async function editorOfNewRcp() {
  const rcp = await createRcp();
  const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
  return { rcp, editor, caller: callerFor(editor) };
}

const storedNames = async (rcpId: string) =>
  (await testDb().rcp.findUniqueOrThrow({ where: { id: rcpId }, select: { localizedNames: true } }))
    .localizedNames;

describe("a process's names in French and Spanish", () => {
  it("are saved by an editor, shown on the public profile, and kept in the history", async () => {
    const { rcp, caller } = await editorOfNewRcp();
    await caller.rcp.update(
      await changed(rcp.id, (data) => {
        data.shortNameTranslations = { fr: " Processus d’essai ", es: "Proceso de Prueba" };
        data.nameTranslations = { fr: "", es: "Proceso Regional de Prueba" };
      }),
    );
    expect(await storedNames(rcp.id)).toEqual({
      fr: { shortName: "Processus d’essai" },
      es: { shortName: "Proceso de Prueba", name: "Proceso Regional de Prueba" },
    });
    const profile = await callerFor(null).rcp.get({ slug: rcp.slug });
    expect(profile.localizedNames).toEqual(await storedNames(rcp.id));
    const { items } = await caller.rcp.listRevisions({ rcpId: rcp.id });
    expect(JSON.stringify(items[0])).toContain("shortNameTranslations");
  });

  it("go back to none when every field is emptied", async () => {
    const { rcp, caller } = await editorOfNewRcp();
    await caller.rcp.update(
      await changed(rcp.id, (data) => (data.shortNameTranslations = { fr: "Processus", es: "" })),
    );
    await caller.rcp.update(
      await changed(rcp.id, (data) => (data.shortNameTranslations = { fr: " ", es: "" })),
    );
    expect(await storedNames(rcp.id)).toBeNull();
  });

  it("survive restoring a version saved before names had languages", async () => {
    const { rcp, editor, caller } = await editorOfNewRcp();
    const older = await saveChange(rcp.id, editor.id, (data) => (data.shortName = "Older name"));
    const revision = await testDb().rcpRevision.findFirstOrThrow({
      where: { rcpId: rcp.id, version: older.version },
    });
    const { nameTranslations, shortNameTranslations, acronymTranslations, ...snapshot } =
      revision.snapshot as Prisma.InputJsonObject;
    void [nameTranslations, shortNameTranslations, acronymTranslations];
    await testDb().rcpRevision.update({ where: { id: revision.id }, data: { snapshot } });
    await saveChange(rcp.id, editor.id, (data) => {
      data.shortName = "Newer name";
      data.shortNameTranslations = { fr: "Nom plus récent", es: "" };
    });

    const { items } = await caller.rcp.listRevisions({ rcpId: rcp.id });
    expect(items.map((item) => item.version)).toContain(older.version);
    const current = await editableOf(rcp.id);
    await caller.rcp.restoreRevision({
      rcpId: rcp.id,
      version: current.version,
      revisionVersion: older.version,
    });
    const restored = (await editableOf(rcp.id)).data;
    expect(restored.shortName).toBe("Older name");
    expect(restored.shortNameTranslations).toEqual({ fr: "Nom plus récent", es: "" });
  });

  it("refuse a name too long, on two lines or of the wrong kind with BAD_REQUEST, storing nothing", async () => {
    const { rcp, caller } = await editorOfNewRcp();
    const invalid = [
      await changed(rcp.id, (data) => (data.nameTranslations.fr = "n".repeat(201))),
      await changed(rcp.id, (data) => (data.shortNameTranslations.es = "Proceso\nPuebla")),
      await changed(rcp.id, (data) => Object.assign(data.acronymTranslations, { de: "X" })),
      await changed(rcp.id, (data) => Object.assign(data, { nameTranslations: "Processus" })),
    ];
    for (const input of invalid) {
      expect((await errorOf(caller.rcp.update(input))).code).toBe("BAD_REQUEST");
    }
    expect(await storedNames(rcp.id)).toBeNull();
  });
});

describe("the invitation email", () => {
  let smtp: TTestSmtp;
  let mailer: TMailer;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    mailer = createSmtpMailer({
      smtpUrl: smtp.url,
      from: "RCP Exchange <no-reply@rcp.test>",
      appUrl: TEST_APP_URL,
    });
  });

  afterAll(async () => {
    await smtp.stop();
  });

  it("names the process in the invited person's language, with its article", async () => {
    const { rcp, editor } = await editorOfNewRcp();
    await testDb().rcp.update({
      where: { id: rcp.id },
      data: { localizedNames: { es: { shortName: "Proceso de Prueba" } } },
    });
    const invite = async (locale: "en" | "fr" | "es") => {
      const email = `invited-${locale}-${rcp.id}@example.org`;
      await callerFor(editor, { mailer }).invitation.create({
        email,
        name: "",
        locale,
        rcp: { rcpId: rcp.id, role: "VIEWER" },
      });
      return smtp.nextMessageTo(email);
    };
    const spanish = await invite("es");
    expect(spanish.subject).toBe("Invitación a la secretaría del Proceso de Prueba en RCP Exchange");
    expect(spanish.text).toContain("a unirse a la secretaría del Proceso de Prueba en RCP Exchange");
    // No French form: the English name, without an article it would not take.
    const french = await invite("fr");
    const { shortName } = await testDb().rcp.findUniqueOrThrow({ where: { id: rcp.id } });
    expect(french.subject).toBe(`Invitation au secrétariat de ${shortName} sur RCP Exchange`);
  });
});
