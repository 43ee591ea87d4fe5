// Invitations end to end on the server: a real SMTP server receives the mail, the test reads the
// link from it like the invited person would, and signs in through the real credentials check.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "~/server/auth/credentials";
import { hashPassword } from "~/server/auth/password";
import { hashToken } from "~/server/auth/token";
import { createSmtpMailer, type TMailer } from "~/server/mail/mailer";
import { testDb } from "../support/db";
import {
  callerFor,
  createCast,
  createInvitation,
  createRcp,
  createUser,
  roomyAuthLimits,
  TEST_APP_URL,
} from "../support/factories";
import { startTestSmtp, type TReceivedMail, type TTestSmtp } from "../support/smtp";

type TCast = Awaited<ReturnType<typeof createCast>>;

let smtp: TTestSmtp;
let mailer: TMailer;
let cast: TCast;
let shortName: string;

beforeAll(async () => {
  smtp = await startTestSmtp();
  mailer = createSmtpMailer({
    smtpUrl: smtp.url,
    from: "RCP Exchange <no-reply@rcp.test>",
    appUrl: TEST_APP_URL,
  });
  cast = await createCast();
  shortName = (await testDb().rcp.findUniqueOrThrow({ where: { id: cast.rcp.id } })).shortName;
});

afterAll(async () => {
  await smtp.stop();
});

const as = (actor: keyof TCast["users"]) => callerFor(cast.users[actor], { mailer });
const newEmail = () => `colleague-${randomUUID().slice(0, 8)}@example.org`;
const signIn = (email: string, password: string) =>
  authorizeCredentials({ db: testDb(), limits: roomyAuthLimits() }, { email, password }, "203.0.113.10");

/** The token of the link in the mail, checked to be the same in the text and HTML parts. */
function linkToken(mail: TReceivedMail, locale: string): string {
  const pattern = new RegExp(`${TEST_APP_URL}/${locale}/invitation/([A-Za-z0-9_-]{43})`);
  const fromText = pattern.exec(mail.text)?.[1];
  expect(fromText, mail.text).toBeDefined();
  expect(mail.html).toContain(`href="${TEST_APP_URL}/${locale}/invitation/${fromText}"`);
  return fromText!;
}

async function errorOf(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("expected the call to fail");
}

describe("invitations", () => {
  it("reach the invited person by email, whose link sets their password and role", async () => {
    const email = newEmail();
    const created = await as("editor").invitation.create({
      email: ` ${email.toUpperCase()} `,
      name: "Amina Diallo",
      locale: "fr",
      rcp: { rcpId: cast.rcp.id, role: "EDITOR" },
    });
    expect(created).toMatchObject({ isMailSent: true, isKeptInOutbox: false });

    const mail = await smtp.nextMessageTo(email);
    expect(mail.to).toEqual([email]);
    expect(mail.from).toBe("RCP Exchange <no-reply@rcp.test>");
    expect(mail.subject).toBe(`Invitation au secrétariat de ${shortName} sur RCP Exchange`);
    expect(mail.text).toContain("Bonjour Amina Diallo,");
    const token = linkToken(mail, "fr");

    // Only the hash is stored.
    const stored = await testDb().invitation.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.email).toBe(email);

    const anonymous = callerFor(null);
    expect(await anonymous.invitation.get({ token })).toMatchObject({
      state: "pending",
      email,
      name: "Amina Diallo",
      rcp: { shortName, role: "EDITOR" },
      isPlatformAdmin: false,
      hasAccount: false,
    });

    const untouched = () =>
      Promise.all([
        testDb().rcp.findUniqueOrThrow({
          where: { id: cast.rcp.id },
          select: { version: true, updatedAt: true },
        }),
        testDb().user.findUniqueOrThrow({
          where: { id: cast.users.editor.id },
          select: { sessionVersion: true },
        }),
      ]);
    const before = await untouched();
    const password = "a quiet harbour at dawn ".repeat(3).slice(0, 64);
    expect(
      await anonymous.invitation.accept({ token, name: "Amina Diallo", password, locale: "fr" }),
    ).toEqual({
      email,
      rcpSlug: cast.rcp.slug,
    });

    const user = await signIn(email, password);
    expect(user).toMatchObject({ email, name: "Amina Diallo", sessionVersion: 0 });
    // Joining a secretariat is not a profile edit, and the inviter's sessions go on.
    expect(await untouched()).toEqual(before);
    const account = await testDb().user.findUniqueOrThrow({
      where: { email },
      select: {
        locale: true,
        platformRole: true,
        passwordHash: true,
        rcpRoles: { select: { rcpId: true, role: true } },
      },
    });
    expect(account).toMatchObject({
      locale: "fr",
      platformRole: "USER",
      rcpRoles: [{ rcpId: cast.rcp.id, role: "EDITOR" }],
    });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);

    const audit = await testDb().auditLog.findMany({
      where: { targetId: created.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, rcpId: true },
    });
    expect(audit).toEqual([
      { action: "invitation.create", actorId: cast.users.editor.id, rcpId: cast.rcp.id },
      { action: "invitation.accept", actorId: user!.id, rcpId: cast.rcp.id },
    ]);

    // Single use: the same link cannot be accepted again, and says why.
    const again = await errorOf(
      anonymous.invitation.accept({
        token,
        name: "Someone Else",
        password: "another quiet harbour",
        locale: "en",
      }),
    );
    expect(again).toMatchObject({ code: "NOT_FOUND", message: "invitationUnavailable" });
    expect(await anonymous.invitation.get({ token })).toEqual({ state: "accepted" });
    expect(await signIn(email, "another quiet harbour")).toBeNull();
  });

  it("accept 128-character passwords that sign in as typed", async () => {
    const invitation = await createInvitation({ invitedById: cast.users.admin.id, rcpId: cast.rcp.id });
    const password = "ünïcödé harbour lights ".repeat(6).slice(0, 128);
    expect([...password]).toHaveLength(128);
    await callerFor(null).invitation.accept({
      token: invitation.token,
      name: "Long Pass",
      password,
      locale: "en",
    });
    expect(await signIn(invitation.email, password)).not.toBeNull();
    expect(await signIn(invitation.email, password.slice(0, 127))).toBeNull();
  });

  it("refuse an expired link, decided when it is used, and change nothing", async () => {
    const invitation = await createInvitation({
      invitedById: cast.users.admin.id,
      rcpId: cast.rcp.id,
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(await callerFor(null).invitation.get({ token: invitation.token })).toEqual({ state: "expired" });
    const error = await errorOf(
      callerFor(null).invitation.accept({
        token: invitation.token,
        name: "Late",
        password: "lanterns over the bay",
        locale: "en",
      }),
    );
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "invitationUnavailable" });
    expect(await testDb().user.findUnique({ where: { email: invitation.email } })).toBeNull();
    expect(
      (await testDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt,
    ).toBeNull();
  });

  it("let exactly one of two simultaneous acceptances through", async () => {
    const invitation = await createInvitation({ invitedById: cast.users.admin.id, rcpId: cast.rcp.id });
    const accept = (name: string) =>
      callerFor(null).invitation.accept({
        token: invitation.token,
        name,
        password: "lanterns over the bay",
        locale: "en",
      });
    const results = await Promise.allSettled([accept("First"), accept("Second")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(
      await testDb().rcpStaff.count({ where: { rcpId: cast.rcp.id, user: { email: invitation.email } } }),
    ).toBe(1);
  });

  it("can be resent: a new link arrives and the old one stops working", async () => {
    const email = newEmail();
    const { id } = await as("admin").invitation.create({
      email,
      locale: "es",
      rcp: { rcpId: cast.rcp.id, role: "VIEWER" },
    });
    const original = await smtp.nextMessageTo(email);
    const first = linkToken(original, "es");

    // Resent by an editor whose interface speaks English: the mail keeps the language chosen for it.
    expect(await as("editor").invitation.resend({ id })).toEqual({ isMailSent: true, isKeptInOutbox: false });
    const resent = await smtp.nextMessageTo(email);
    const second = linkToken(resent, "es");
    expect(second).not.toBe(first);
    expect(resent.subject).toBe(original.subject);
    expect(resent.subject).toContain(shortName);
    expect(resent.subject).not.toBe(`Invitation to the ${shortName} secretariat on RCP Exchange`);

    const anonymous = callerFor(null);
    await expect(anonymous.invitation.get({ token: first })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stale = await errorOf(
      anonymous.invitation.accept({
        token: first,
        name: "Old Link",
        password: "lanterns over the bay",
        locale: "en",
      }),
    );
    expect(stale.code).toBe("NOT_FOUND");
    await anonymous.invitation.accept({
      token: second,
      name: "New Link",
      password: "lanterns over the bay",
      locale: "en",
    });
    expect(await signIn(email, "lanterns over the bay")).not.toBeNull();
  });

  it("can be withdrawn, after which the link shows it and accepts nothing", async () => {
    const invitation = await createInvitation({ invitedById: cast.users.admin.id, rcpId: cast.rcp.id });
    await as("editor").invitation.revoke({ id: invitation.id });
    expect(await callerFor(null).invitation.get({ token: invitation.token })).toEqual({ state: "revoked" });
    const error = await errorOf(
      callerFor(null).invitation.accept({
        token: invitation.token,
        name: "Too Late",
        password: "lanterns over the bay",
        locale: "en",
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
    await expect(as("editor").invitation.revoke({ id: invitation.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "invitationClosed",
    });
  });

  it("cannot be issued or managed by an editor of another RCP, and nothing changes", async () => {
    const email = newEmail();
    const auditBefore = await testDb().auditLog.count({ where: { actorId: cast.users.outsider.id } });
    const error = await errorOf(
      as("outsider").invitation.create({ email, locale: "en", rcp: { rcpId: cast.rcp.id, role: "EDITOR" } }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await testDb().invitation.count({ where: { email } })).toBe(0);

    const existing = await createInvitation({ invitedById: cast.users.admin.id, rcpId: cast.rcp.id });
    const before = await testDb().invitation.findUniqueOrThrow({ where: { id: existing.id } });
    await expect(as("outsider").invitation.resend({ id: existing.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(as("outsider").invitation.revoke({ id: existing.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(as("outsider").invitation.listPending({ rcpId: cast.rcp.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await testDb().invitation.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);
    expect(await testDb().auditLog.count({ where: { actorId: cast.users.outsider.id } })).toBe(auditBefore);

    // The outsider's own RCP is theirs to invite to; their invitations stay out of this RCP's list.
    await as("outsider").invitation.create({
      email,
      locale: "en",
      rcp: { rcpId: cast.otherRcp.id, role: "VIEWER" },
    });
    const pending = await as("editor").invitation.listPending({ rcpId: cast.rcp.id });
    expect(pending.map((invitation) => invitation.email)).not.toContain(email);
    expect(smtp.messagesTo(email)).toHaveLength(1);
  });

  it("are not issued into an archived RCP, even by an administrator", async () => {
    const rcp = await createRcp();
    await testDb().rcp.update({ where: { id: rcp.id }, data: { archivedAt: new Date() } });
    const email = newEmail();
    const error = await errorOf(
      as("admin").invitation.create({ email, locale: "en", rcp: { rcpId: rcp.id, role: "EDITOR" } }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await testDb().invitation.count({ where: { email } })).toBe(0);
    expect(smtp.messagesTo(email)).toHaveLength(0);
  });

  it("wait while their RCP is archived: refused with its reason, then accepted once it is restored", async () => {
    const rcp = await createRcp();
    const invitation = await createInvitation({ invitedById: cast.users.admin.id, rcpId: rcp.id });
    await testDb().rcp.update({ where: { id: rcp.id }, data: { archivedAt: new Date() } });
    const acceptance = {
      token: invitation.token,
      name: "Archived Meanwhile",
      password: "tide tables in the harbour",
      locale: "en",
    } as const;

    expect(await callerFor(null).invitation.get({ token: invitation.token })).toEqual({ state: "archived" });
    const error = await errorOf(callerFor(null).invitation.accept(acceptance));
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "invitationRcpArchived" });
    expect(await testDb().user.count({ where: { email: invitation.email } })).toBe(0);
    expect(await testDb().rcpStaff.count({ where: { rcpId: rcp.id } })).toBe(0);
    expect(
      (await testDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt,
    ).toBeNull();

    await testDb().rcp.update({ where: { id: rcp.id }, data: { archivedAt: null } });
    expect(await callerFor(null).invitation.get({ token: invitation.token })).toMatchObject({
      state: "pending",
    });
    await callerFor(null).invitation.accept(acceptance);
    expect(await testDb().rcpStaff.count({ where: { rcpId: rcp.id } })).toBe(1);
  });

  it("grant platform administration only when an administrator issues them", async () => {
    const email = newEmail();
    await expect(
      as("editor").invitation.create({
        email,
        locale: "en",
        isPlatformAdmin: true,
        rcp: { rcpId: cast.rcp.id, role: "EDITOR" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      as("viewer").invitation.create({ email, locale: "en", rcp: { rcpId: cast.rcp.id, role: "VIEWER" } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    await as("admin").invitation.create({ email, locale: "en", isPlatformAdmin: true, rcp: null });
    const mail = await smtp.nextMessageTo(email);
    expect(mail.subject).toBe("Invitation to administer RCP Exchange");
    await callerFor(null).invitation.accept({
      token: linkToken(mail, "en"),
      name: "New Admin",
      password: "lanterns over the bay",
      locale: "en",
    });
    expect((await testDb().user.findUniqueOrThrow({ where: { email } })).platformRole).toBe("ADMIN");
  });

  it("list an RCP's open invitations for its editors, without tokens", async () => {
    const email = newEmail();
    await as("editor").invitation.create({
      email,
      name: "Listed Person",
      locale: "en",
      rcp: { rcpId: cast.rcp.id, role: "VIEWER" },
    });
    await expect(
      as("editor").invitation.create({ email, locale: "en", rcp: { rcpId: cast.rcp.id, role: "EDITOR" } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "alreadyInvited" });
    const pending = await as("editor").invitation.listPending({ rcpId: cast.rcp.id });
    const listed = pending.find((invitation) => invitation.email === email);
    expect(listed).toMatchObject({
      name: "Listed Person",
      rcpRole: "VIEWER",
      isExpired: false,
      isPlatformAdmin: false,
    });
    expect(Object.keys(listed!)).not.toContain("tokenHash");
    await expect(
      as("editor").invitation.create({
        email: cast.users.viewer.email,
        locale: "en",
        rcp: { rcpId: cast.rcp.id, role: "EDITOR" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "alreadyMember" });
  });
});

describe("accepting with an existing account", () => {
  it("adds the role, keeps the others, and ends the account's other sessions", async () => {
    const rcp = await createRcp();
    const existing = await createUser({
      passwordHash: await hashPassword("the old long password"),
      staff: [{ rcpId: rcp.id, role: "EDITOR" }],
    });
    const invitation = await createInvitation({
      invitedById: cast.users.admin.id,
      rcpId: cast.rcp.id,
      email: existing.email,
    });
    expect(await callerFor(null).invitation.get({ token: invitation.token })).toMatchObject({
      hasAccount: true,
    });
    await callerFor(null).invitation.accept({
      token: invitation.token,
      name: "Renamed",
      password: "a brand new passphrase",
      locale: "es",
    });

    const account = await testDb().user.findUniqueOrThrow({
      where: { id: existing.id },
      select: {
        name: true,
        locale: true,
        sessionVersion: true,
        platformRole: true,
        rcpRoles: { orderBy: { role: "asc" }, select: { rcpId: true, role: true } },
      },
    });
    expect(account.name).toBe("Renamed");
    expect(account.locale).toBe("en");
    expect(account.sessionVersion).toBe(1);
    expect(account.platformRole).toBe("USER");
    expect(account.rcpRoles).toEqual(
      expect.arrayContaining([
        { rcpId: rcp.id, role: "EDITOR" },
        { rcpId: cast.rcp.id, role: "VIEWER" },
      ]),
    );
    expect(await signIn(existing.email, "a brand new passphrase")).not.toBeNull();
    expect(await signIn(existing.email, "the old long password")).toBeNull();
  });

  it("never demotes an editor invited again as a viewer", async () => {
    const rcp = await createRcp();
    const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
    const invitation = await createInvitation({
      invitedById: cast.users.admin.id,
      rcpId: rcp.id,
      email: editor.email,
      role: "VIEWER",
    });
    await callerFor(null).invitation.accept({
      token: invitation.token,
      name: "Still Editor",
      password: "lanterns over the bay",
      locale: "en",
    });
    const staff = await testDb().rcpStaff.findUniqueOrThrow({
      where: { userId_rcpId: { userId: editor.id, rcpId: rcp.id } },
    });
    expect(staff.role).toBe("EDITOR");
  });

  it("does not re-enable a disabled account, and leaves the link open", async () => {
    const disabled = await createUser();
    await testDb().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const invitation = await createInvitation({
      invitedById: cast.users.admin.id,
      rcpId: cast.rcp.id,
      email: disabled.email,
    });
    const error = await errorOf(
      callerFor(null).invitation.accept({
        token: invitation.token,
        name: "Disabled",
        password: "lanterns over the bay",
        locale: "en",
      }),
    );
    expect(error).toMatchObject({ code: "FORBIDDEN", message: "accountDisabled" });
    expect(await callerFor(null).invitation.get({ token: invitation.token })).toMatchObject({
      state: "pending",
    });
    expect(await testDb().rcpStaff.count({ where: { userId: disabled.id } })).toBe(0);
  });

  it("refuses a password made of the person's own email address, and leaves the link open", async () => {
    const invitation = await createInvitation({
      invitedById: cast.users.admin.id,
      rcpId: cast.rcp.id,
      email: `jean.dupont.${randomUUID().slice(0, 8)}@example.org`,
    });
    const error = await errorOf(
      callerFor(null).invitation.accept({
        token: invitation.token,
        name: "Jean Dupont",
        password: "JeanDupont2024",
        locale: "fr",
      }),
    );
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "guessable" });
    const common = await errorOf(
      callerFor(null).invitation.accept({
        token: invitation.token,
        name: "Jean Dupont",
        password: "password",
        locale: "fr",
      }),
    );
    expect(common.code).toBe("BAD_REQUEST");
    expect(await callerFor(null).invitation.get({ token: invitation.token })).toMatchObject({
      state: "pending",
    });
  });
});
