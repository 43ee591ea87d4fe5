// What registration refuses and what each transition does, through the router as each actor.
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { createActivityRecord, createRcp, createUser } from "../support/factories";
import {
  callerFor,
  createJointWorkshop,
  createRegistrationRecord,
  delegate,
  noAnswers,
  queuedMailTo,
  tokenIn,
} from "../support/registration";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Rows a refused call must leave as they were. */
const snapshot = async (activityId: string) => ({
  registrations: await testDb().registration.findMany({ where: { activityId }, orderBy: { id: "asc" } }),
  events: await testDb().registrationEvent.count({ where: { registration: { activityId } } }),
  mails: await testDb().mailDelivery.count({ where: { idempotencyKey: { startsWith: "registration:" } } }),
});

async function expectRefused(activityId: string, call: () => Promise<unknown>, refusal: object) {
  const before = await snapshot(activityId);
  await expect(call()).rejects.toMatchObject(refusal);
  expect(await snapshot(activityId)).toEqual(before);
}

const onBehalf = (
  scene: Awaited<ReturnType<typeof createJointWorkshop>>,
  person = delegate(),
  answers = noAnswers,
) =>
  callerFor(scene.editorA).registration.registerOnBehalf({
    activityId: scene.activity.id,
    rcpId: scene.hostA.id,
    person,
    answers,
  });

describe("registration refuses, changing nothing", () => {
  it("before opening, after closing, for a cancelled or past activity", async () => {
    const early = await createJointWorkshop({
      opensAt: new Date(Date.now() + DAY),
      closesAt: new Date(Date.now() + 2 * DAY),
    });
    await expectRefused(early.activity.id, () => onBehalf(early), {
      code: "BAD_REQUEST",
      message: "registrationNotYetOpen",
    });
    const late = await createJointWorkshop({
      opensAt: new Date(Date.now() - 2 * DAY),
      closesAt: new Date(Date.now() - DAY),
    });
    await expectRefused(late.activity.id, () => onBehalf(late), {
      code: "BAD_REQUEST",
      message: "registrationClosed",
    });
    const cancelled = await createJointWorkshop();
    await testDb().activity.update({ where: { id: cancelled.activity.id }, data: { status: "CANCELLED" } });
    await expectRefused(cancelled.activity.id, () => onBehalf(cancelled), {
      code: "BAD_REQUEST",
      message: "activityCancelled",
    });
    const past = await createJointWorkshop();
    await testDb().activity.update({
      where: { id: past.activity.id },
      data: { startDate: new Date(Date.now() - 3 * DAY) },
    });
    await expectRefused(past.activity.id, () => onBehalf(past), {
      code: "BAD_REQUEST",
      message: "registrationClosed",
    });
    const none = await createActivityRecord({ hostRcpIds: [early.hostA.id] });
    await expect(
      callerFor(early.editorA).registration.registerOnBehalf({
        activityId: none.id,
        rcpId: early.hostA.id,
        person: delegate(),
        answers: noAnswers,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "registrationNotOpen" });
  });

  it("missing required answers, an unknown government, an email that is not one, a disabled account", async () => {
    const scene = await createJointWorkshop({ requiredQuestions: ["ROLE", "ORGANISATION"] });
    await expectRefused(
      scene.activity.id,
      () => onBehalf(scene, delegate(), { ...noAnswers, role: "Director" }),
      {
        code: "BAD_REQUEST",
        message: "answersRequired",
      },
    );
    await expectRefused(
      scene.activity.id,
      () => onBehalf(scene, delegate(), { ...noAnswers, role: "Director", participantCode: "ZZ-unknown" }),
      { code: "BAD_REQUEST" },
    );
    await expectRefused(scene.activity.id, () => onBehalf(scene, { ...delegate(), email: "not an email" }), {
      code: "BAD_REQUEST",
    });
    const disabled = await createUser({ staff: [{ rcpId: scene.other.id, role: "EDITOR" }] });
    await testDb().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const answered = { ...noAnswers, role: "Director", organisation: "Ministry of Interior" };
    await expectRefused(
      scene.activity.id,
      () => onBehalf(scene, { ...delegate(), email: disabled.email }, answered),
      {
        code: "BAD_REQUEST",
        message: "accountDisabled",
      },
    );
    await expectRefused(
      scene.activity.id,
      () =>
        callerFor(disabled).registration.register({
          activityId: scene.activity.id,
          rcpId: scene.other.id,
          answers: answered,
        }),
      { code: "UNAUTHORIZED" },
    );
    const accepted = await onBehalf(scene, delegate(), answered);
    expect(accepted.status).toBe("CONFIRMED");
  });

  it("a change based on an older version, or from a status that does not allow it", async () => {
    const scene = await createJointWorkshop({ mode: "APPROVAL" });
    const editor = callerFor(scene.editorA);
    const { id } = await onBehalf(scene);
    await editor.registration.approve({ registrationId: id, version: 1 });
    await expectRefused(
      scene.activity.id,
      () => editor.registration.withdraw({ registrationId: id, version: 1 }),
      {
        code: "CONFLICT",
      },
    );
    // Rejecting an approved registration is refused, never a silent success.
    await expectRefused(
      scene.activity.id,
      () => editor.registration.reject({ registrationId: id, version: 2 }),
      {
        code: "BAD_REQUEST",
        message: "registrationStateChanged",
      },
    );
  });
});

describe("settings", () => {
  it("refuses capacity below the seats taken and quotas above capacity; a raise promotes at once", async () => {
    const [host] = await Promise.all([createRcp()]);
    const editor = await createUser({ staff: [{ rcpId: host.id, role: "EDITOR" }] });
    const activity = await createActivityRecord({
      hostRcpIds: [host.id],
      startDate: new Date(Date.now() + 30 * DAY),
    });
    const caller = callerFor(editor);
    const data = {
      mode: "OPEN" as const,
      capacity: 2,
      opensAt: new Date(Date.now() - HOUR),
      closesAt: new Date(Date.now() + 7 * DAY),
      questions: [],
      requiredQuestions: [],
      quotas: [],
    };
    expect(await caller.registration.saveSettings({ activityId: activity.id, version: null, data })).toEqual({
      version: 1,
    });
    const people = [delegate(), delegate(), delegate()];
    for (const person of people) {
      await caller.registration.registerOnBehalf({
        activityId: activity.id,
        rcpId: host.id,
        person,
        answers: noAnswers,
      });
    }
    await expect(
      caller.registration.saveSettings({
        activityId: activity.id,
        version: 1,
        data: { ...data, capacity: 1 },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "capacityBelowTaken" });
    await expect(
      caller.registration.saveSettings({
        activityId: activity.id,
        version: 1,
        data: { ...data, closesAt: new Date(Date.now() + 60 * DAY) },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "closesAfterStart" });
    await expect(
      caller.registration.saveSettings({
        activityId: activity.id,
        version: 1,
        data: { ...data, quotas: [{ rcpId: (await createRcp()).id, seats: 1 }] },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "quotaNotHost" });
    await expect(
      caller.registration.saveSettings({
        activityId: activity.id,
        version: 1,
        data: { ...data, quotas: [{ rcpId: host.id, seats: 3 }] },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await caller.registration.saveSettings({
        activityId: activity.id,
        version: 1,
        data: { ...data, capacity: 3 },
      }),
    ).toEqual({
      version: 2,
    });
    const third = await testDb().registration.findFirstOrThrow({ where: { email: people[2]!.email } });
    expect(third.status).toBe("CONFIRMED");
    expect((await queuedMailTo(people[2]!.email)).map((m) => m.idempotencyKey)).toEqual([
      `registration:${third.id}:waitlisted:1`,
      `registration:${third.id}:promotedConfirmed:2`,
    ]);
  });
});

describe("quotas and approval", () => {
  it("lets a quota host approve its own nominees only, and seats another RCP's nominees in shared seats", async () => {
    const scene = await createJointWorkshop({ mode: "APPROVAL", capacity: 3, quotas: [] });
    await testDb().registrationQuota.createMany({
      data: [
        { activityId: scene.activity.id, rcpId: scene.hostA.id, seats: 1 },
        { activityId: scene.activity.id, rcpId: scene.hostB.id, seats: 1 },
      ],
    });
    const a = callerFor(scene.editorA);
    const b = callerFor(scene.editorB);
    const first = await onBehalf(scene);
    const second = await onBehalf(scene);
    const third = await onBehalf(scene);
    // Bali's quota seat, then the shared one, then the line: Budapest's seat is not Bali's to take.
    expect([first.status, second.status, third.status]).toEqual(["PENDING", "PENDING", "WAITLISTED"]);
    await expect(b.registration.approve({ registrationId: first.id, version: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await a.registration.approve({ registrationId: first.id, version: 1, reason: "Welcome" })).toEqual(
      {
        status: "CONFIRMED",
        version: 2,
      },
    );
    const budapest = await b.registration.registerOnBehalf({
      activityId: scene.activity.id,
      rcpId: scene.hostB.id,
      person: delegate({ locale: "fr" }),
      answers: noAnswers,
    });
    expect(budapest.status).toBe("PENDING");
    await b.registration.approve({ registrationId: budapest.id, version: 1 });
    // Rejecting frees the shared seat: the first in line takes it, pending approval, and is told.
    await a.registration.reject({
      registrationId: second.id,
      version: 1,
      reason: "Only one delegate per government",
    });
    const promoted = await testDb().registration.findUniqueOrThrow({ where: { id: third.id } });
    expect(promoted.status).toBe("PENDING");
    const rejectedMail = (
      await queuedMailTo((await testDb().registration.findUniqueOrThrow({ where: { id: second.id } })).email)
    ).at(-1);
    expect(rejectedMail?.idempotencyKey).toBe(`registration:${second.id}:rejected:2`);
    expect(rejectedMail?.text).toContain("Only one delegate per government");
    const history = await a.registration.history({ registrationId: second.id });
    expect(history.map((e) => [e.fromStatus, e.toStatus, e.reason])).toEqual([
      [null, "PENDING", null],
      ["PENDING", "REJECTED", "Only one delegate per government"],
    ]);
    const frenchMail = (
      await queuedMailTo(
        (await testDb().registration.findUniqueOrThrow({ where: { id: budapest.id } })).email,
      )
    ).at(-1);
    expect(frenchMail?.subject).toMatch(/^Inscription approuvée\u00a0: /);
  });

  it("shows other secretariats' editors their own nominees only, and counts to everyone who sees the activity", async () => {
    const scene = await createJointWorkshop();
    await onBehalf(scene);
    const mine = await callerFor(scene.otherEditor).registration.registerOnBehalf({
      activityId: scene.activity.id,
      rcpId: scene.other.id,
      person: delegate(),
      answers: noAnswers,
    });
    const page = await callerFor(scene.otherEditor).registration.participants({
      activityId: scene.activity.id,
    });
    expect(page.scope).toBe("NOMINEES");
    expect(page.items.map((item) => item.id)).toEqual([mine.id]);
    await expect(
      callerFor(scene.otherViewer).registration.participants({ activityId: scene.activity.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const hosts = await callerFor(scene.viewerA).registration.participants({ activityId: scene.activity.id });
    expect(hosts.items).toHaveLength(2);
    // A viewer reads but may not act; another secretariat's editor may act for their own nominee.
    expect(hosts.items.map((item) => item.may)).toEqual([
      { decide: false, withdraw: false, resendLink: false },
      { decide: false, withdraw: false, resendLink: false },
    ]);
    expect(page.items[0]?.may).toEqual({ decide: false, withdraw: true, resendLink: true });
    const firstPage = await callerFor(scene.viewerA).registration.participants({
      activityId: scene.activity.id,
      limit: 1,
    });
    const secondPage = await callerFor(scene.viewerA).registration.participants({
      activityId: scene.activity.id,
      limit: 1,
      after: firstPage.nextAfter ?? undefined,
    });
    expect([...firstPage.items, ...secondPage.items].map((item) => item.id)).toEqual(
      hosts.items.map((item) => item.id),
    );
    expect(secondPage.nextAfter).toBeNull();
    // Past what the database's arrival numbers hold: a bad request, not a database error.
    await expect(
      callerFor(scene.viewerA).registration.participants({
        activityId: scene.activity.id,
        after: "9".repeat(19),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const anonymous = await callerFor(null).registration.settings({ activityId: scene.activity.id });
    expect(anonymous.seats?.taken).toBe(2);
    expect(JSON.stringify(anonymous)).not.toContain("@example.gov");
  });
});

describe("the private link", () => {
  it("changes answers, withdraws and restores; a new link revokes the old one", async () => {
    const scene = await createJointWorkshop({ capacity: 1 });
    const person = delegate();
    const { id } = await onBehalf(scene, person);
    const token = tokenIn((await queuedMailTo(person.email))[0]!.text);
    const anonymous = callerFor(null);
    expect(
      await anonymous.registration.updateByToken({
        token,
        version: 1,
        answers: { ...noAnswers, dietaryNeeds: "Vegetarian" },
      }),
    ).toEqual({
      version: 2,
    });
    await anonymous.registration.withdrawByToken({ token, version: 2 });
    const next = await onBehalf(scene);
    expect(next.status).toBe("CONFIRMED");
    // The seat went to someone else: undoing waits for a free seat.
    await expectRefused(
      scene.activity.id,
      () => anonymous.registration.restoreByToken({ token, version: 3 }),
      {
        code: "BAD_REQUEST",
        message: "noSeatFree",
      },
    );
    await callerFor(scene.editorA).registration.withdraw({ registrationId: next.id, version: 1 });
    expect(await anonymous.registration.restoreByToken({ token, version: 3 })).toEqual({
      status: "CONFIRMED",
      version: 4,
    });
    const events = await testDb().registrationEvent.findMany({
      where: { registrationId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.filter((e) => e.byToken).map((e) => e.toStatus)).toEqual(["WITHDRAWN", "CONFIRMED"]);
    await callerFor(scene.editorB).registration.resendLink({ registrationId: id });
    await expect(anonymous.registration.byToken({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mails = await queuedMailTo(person.email);
    const renewed = tokenIn(mails.at(-1)!.text);
    expect(mails.at(-1)?.idempotencyKey).toBe(`registration:${id}:link:2`);
    expect((await anonymous.registration.byToken({ token: renewed })).id).toBe(id);
  });

  it("leaves the waitlist frozen once registration closes", async () => {
    const scene = await createJointWorkshop({ capacity: 1 });
    const seated = await createRegistrationRecord({ activityId: scene.activity.id, status: "CONFIRMED" });
    const waiting = await createRegistrationRecord({ activityId: scene.activity.id, status: "WAITLISTED" });
    await testDb().registrationSettings.update({
      where: { activityId: scene.activity.id },
      data: { opensAt: new Date(Date.now() - 2 * DAY), closesAt: new Date(Date.now() - DAY) },
    });
    await callerFor(null).registration.withdrawByToken({ token: seated.token, version: 1 });
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe(
      "WAITLISTED",
    );
  });
});
