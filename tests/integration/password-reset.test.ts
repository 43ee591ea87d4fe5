// Password resets through the procedures, with the mail read from a real SMTP server.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "~/server/auth/credentials";
import { hashPassword } from "~/server/auth/password";
import { createAuthLimits } from "~/server/auth/rate-limit";
import { createSmtpMailer, type TMailer } from "~/server/mail/mailer";
import { testDb, testPool } from "../support/db";
import {
  callerFor,
  createPasswordReset,
  createUser,
  roomyAuthLimits,
  TEST_APP_URL,
} from "../support/factories";
import { startTestSmtp, type TReceivedMail, type TTestSmtp } from "../support/smtp";

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

const OLD_PASSWORD = "the previous long password";
const anonymous = () => callerFor(null, { mailer });
const signIn = (email: string, password: string) =>
  authorizeCredentials({ db: testDb(), limits: roomyAuthLimits() }, { email, password }, "203.0.113.20");

async function accountWithPassword(locale = "en") {
  const user = await createUser({ passwordHash: await hashPassword(OLD_PASSWORD) });
  await testDb().user.update({ where: { id: user.id }, data: { locale } });
  return user;
}

function resetToken(mail: TReceivedMail, locale: string): string {
  const token = new RegExp(`${TEST_APP_URL}/${locale}/reset-password/([A-Za-z0-9_-]{43})`).exec(
    mail.text,
  )?.[1];
  expect(token, mail.text).toBeDefined();
  expect(mail.html).toContain(`href="${TEST_APP_URL}/${locale}/reset-password/${token}"`);
  return token!;
}

describe("password reset", () => {
  it("answers the same for an unknown address and sends nothing to it", async () => {
    const user = await accountWithPassword();
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.org`;
    const forUnknown = await anonymous().auth.requestPasswordReset({ email: unknown });
    const forKnown = await anonymous().auth.requestPasswordReset({ email: user.email });
    expect(forUnknown).toEqual(forKnown);
    await smtp.nextMessageTo(user.email);
    expect(smtp.messagesTo(unknown)).toEqual([]);
    expect(await testDb().passwordReset.count({ where: { user: { email: unknown } } })).toBe(0);
  });

  it("mails a link in the account's language that works once and ends every session", async () => {
    const user = await accountWithPassword("es");
    await anonymous().auth.requestPasswordReset({ email: ` ${user.email.toUpperCase()} ` });
    const mail = await smtp.nextMessageTo(user.email);
    expect(mail.subject).toBe("Elija una nueva contraseña para RCP Exchange");
    const token = resetToken(mail, "es");

    const password = "northern lights over a frozen lake, seen from the train window tonight".slice(0, 64);
    expect(password).toHaveLength(64);
    expect(await anonymous().auth.resetPassword({ token, password })).toEqual({ email: user.email });

    const account = await testDb().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { sessionVersion: true },
    });
    expect(account.sessionVersion).toBe(1);
    expect(await signIn(user.email, password)).toMatchObject({ id: user.id, sessionVersion: 1 });
    expect(await signIn(user.email, OLD_PASSWORD)).toBeNull();

    await expect(
      anonymous().auth.resetPassword({ token, password: "yet another long passphrase" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "resetUnavailable",
    });
    expect(await signIn(user.email, password)).not.toBeNull();
    const audit = await testDb().auditLog.findMany({
      where: { targetId: user.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audit.map((entry) => entry.action)).toEqual(["auth.requestPasswordReset", "auth.resetPassword"]);
  });

  it("refuses an expired link and keeps the password", async () => {
    const user = await accountWithPassword();
    const { token } = await createPasswordReset(user.id, { expiresAt: new Date(Date.now() - 1000) });
    await expect(
      anonymous().auth.resetPassword({ token, password: "a perfectly fine passphrase" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await signIn(user.email, OLD_PASSWORD)).not.toBeNull();
  });

  it("keeps only the newest link working", async () => {
    const user = await accountWithPassword();
    await anonymous().auth.requestPasswordReset({ email: user.email });
    const first = resetToken(await smtp.nextMessageTo(user.email), "en");
    await anonymous().auth.requestPasswordReset({ email: user.email });
    const second = resetToken(await smtp.nextMessageTo(user.email), "en");
    await expect(
      anonymous().auth.resetPassword({ token: first, password: "a perfectly fine passphrase" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await anonymous().auth.resetPassword({ token: second, password: "a perfectly fine passphrase" });
    expect(await signIn(user.email, "a perfectly fine passphrase")).not.toBeNull();
  });

  it("applies the password policy, with the person's own words", async () => {
    const user = await accountWithPassword();
    const { token } = await createPasswordReset(user.id);
    await expect(anonymous().auth.resetPassword({ token, password: "short" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(anonymous().auth.resetPassword({ token, password: "iloveyou" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const localPart = user.email.split("@")[0]!;
    await expect(anonymous().auth.resetPassword({ token, password: `${localPart}!` })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "guessable",
    });
    // Refusals do not use up the link.
    await anonymous().auth.resetPassword({ token, password: "a perfectly fine passphrase" });
  });

  it("sends nothing to a disabled account", async () => {
    const user = await accountWithPassword();
    await testDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await anonymous().auth.requestPasswordReset({ email: user.email })).toEqual({ isRequested: true });
    expect(await testDb().passwordReset.count({ where: { userId: user.id } })).toBe(0);
    expect(smtp.messagesTo(user.email)).toEqual([]);
  });

  it("stops mailing an address asked for too often, with the same answer", async () => {
    const user = await accountWithPassword();
    const limits = createAuthLimits(testPool(), {
      signIn: { perAccount: { points: 5, seconds: 60 }, perIp: { points: 50, seconds: 60 } },
      passwordReset: { perAccount: { points: 2, seconds: 60 }, perIp: { points: 50, seconds: 60 } },
    });
    const caller = (ip: string) => callerFor(null, { mailer, limits, clientIp: ip });
    const answers = [];
    for (const ip of ["203.0.113.31", "203.0.113.32", "203.0.113.33"]) {
      answers.push(await caller(ip).auth.requestPasswordReset({ email: user.email }));
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(await testDb().passwordReset.count({ where: { userId: user.id } })).toBe(1);
    await smtp.nextMessageTo(user.email);
    await smtp.nextMessageTo(user.email);
    expect(smtp.messagesTo(user.email)).toHaveLength(2);

    // And per address: one client cannot mail many accounts.
    const perIp = createAuthLimits(testPool(), {
      signIn: { perAccount: { points: 5, seconds: 60 }, perIp: { points: 50, seconds: 60 } },
      passwordReset: { perAccount: { points: 5, seconds: 60 }, perIp: { points: 2, seconds: 60 } },
    });
    const ip = `203.0.113.${40 + Math.floor(Math.random() * 50)}-${randomUUID().slice(0, 4)}`;
    const others = [await accountWithPassword(), await accountWithPassword(), await accountWithPassword()];
    for (const other of others) {
      await callerFor(null, { mailer, limits: perIp, clientIp: ip }).auth.requestPasswordReset({
        email: other.email,
      });
    }
    expect(
      await testDb().passwordReset.count({ where: { userId: { in: others.map((other) => other.id) } } }),
    ).toBe(2);
  });
});
