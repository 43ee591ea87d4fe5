// The reminder two days before an activity and the hosts' daily summary: queued once, whatever
// number of times the schedule runs.
import { describe, expect, it } from "vitest";
import { queueHostDailySummaries, queueRegistrationReminders } from "~/server/registration/scheduled";
import { testDb } from "../support/db";
import { createUser } from "../support/factories";
import { createJointWorkshop, createRegistrationRecord } from "../support/registration";

const DAY = 24 * 60 * 60 * 1000;
const midnight = (time: number) => new Date(Math.floor(time / DAY) * DAY);

const mailsFor = (prefix: string) =>
  testDb().mailDelivery.findMany({
    where: { idempotencyKey: { startsWith: prefix } },
    orderBy: { to: "asc" },
  });

describe("registration reminders", () => {
  it("reminds each confirmed person once, within two days of the start", async () => {
    const now = new Date();
    const scene = await createJointWorkshop();
    const start = midnight(now.getTime() + DAY);
    await testDb().activity.update({ where: { id: scene.activity.id }, data: { startDate: start } });
    const confirmed = await createRegistrationRecord({ activityId: scene.activity.id, status: "CONFIRMED" });
    const waiting = await createRegistrationRecord({ activityId: scene.activity.id, status: "WAITLISTED" });
    const withdrawn = await createRegistrationRecord({ activityId: scene.activity.id, status: "WITHDRAWN" });
    const later = await createJointWorkshop();
    const farther = await createRegistrationRecord({ activityId: later.activity.id, status: "CONFIRMED" });
    await testDb().activity.update({
      where: { id: later.activity.id },
      data: { startDate: midnight(now.getTime() + 4 * DAY) },
    });

    await queueRegistrationReminders(testDb(), now);
    await queueRegistrationReminders(testDb(), new Date(now.getTime() + 60 * 60 * 1000));
    const reminded = await mailsFor(`registration:${confirmed.id}:reminder:`);
    expect(reminded.map((mail) => mail.idempotencyKey)).toEqual([
      `registration:${confirmed.id}:reminder:${start.toISOString()}`,
    ]);
    expect(reminded[0]?.subject).toMatch(/^Reminder: /);
    expect(reminded[0]?.text).toMatch(/\/en\/registration\/[A-Za-z0-9_-]{43}/);
    for (const other of [waiting, withdrawn, farther]) {
      expect(await mailsFor(`registration:${other.id}:reminder`)).toEqual([]);
    }
  });
});

describe("hosts' daily summary", () => {
  it("mails each host editor once per day with changes, in their language, and nothing on a quiet day", async () => {
    const scene = await createJointWorkshop();
    const french = await createUser({ staff: [{ rcpId: scene.hostB.id, role: "EDITOR" }] });
    await testDb().user.update({ where: { id: french.id }, data: { locale: "fr" } });
    const now = new Date();
    const yesterday = new Date(midnight(now.getTime()).getTime() - DAY / 2);
    const person = await createRegistrationRecord({ activityId: scene.activity.id, status: "CONFIRMED" });
    await testDb().registrationEvent.updateMany({
      where: { registrationId: person.id },
      data: { createdAt: yesterday },
    });

    await queueHostDailySummaries(testDb(), now);
    await queueHostDailySummaries(testDb(), new Date(now.getTime() + 1000));
    const day = yesterday.toISOString().slice(0, 10);
    const mails = await mailsFor(`registration-summary:${scene.activity.id}:`);
    const editors = [scene.editorA, scene.editorB, french];
    expect(mails.map((mail) => mail.to).sort()).toEqual(editors.map((editor) => editor.email).sort());
    expect(mails.every((mail) => mail.idempotencyKey.includes(`:${day}:`))).toBe(true);
    expect(mails.find((mail) => mail.to === scene.viewerA.email)).toBeUndefined();
    const inFrench = mails.find((mail) => mail.to === french.email);
    expect(inFrench?.subject).toMatch(/^Inscriptions à .*\u00a0: résumé du /);
    const { name } = await testDb().registration.findUniqueOrThrow({ where: { id: person.id } });
    expect(inFrench?.text).toContain(`${name}\u00a0: confirmée`);

    // The next day, nothing changed: nothing is sent.
    await queueHostDailySummaries(testDb(), new Date(now.getTime() + DAY));
    expect(await mailsFor(`registration-summary:${scene.activity.id}:`)).toHaveLength(mails.length);
  });
});
