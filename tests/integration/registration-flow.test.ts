// Registration's transitions through the router: seats, quotas, the waitlist, and what is mailed.
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { createUser } from "../support/factories";
import {
  callerFor,
  createJointWorkshop,
  delegate,
  noAnswers,
  queuedMailTo,
  tokenIn,
} from "../support/registration";

describe("registration flow", () => {
  it("confirms while seats are free, then waitlists, and promotes the first in line on withdrawal", async () => {
    const scene = await createJointWorkshop({ capacity: 2 });
    const editor = callerFor(scene.editorA);
    const people = [delegate(), delegate(), delegate(), delegate()];
    const results = [];
    for (const person of people) {
      results.push(
        await editor.registration.registerOnBehalf({
          activityId: scene.activity.id,
          rcpId: scene.hostA.id,
          person,
          answers: noAnswers,
        }),
      );
    }
    expect(results.map((r) => r.status)).toEqual(["CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED"]);
    const [firstMail] = await queuedMailTo(people[0]!.email);
    expect(firstMail?.idempotencyKey).toBe(`registration:${results[0]!.id}:confirmed:1`);
    const token = tokenIn(firstMail!.text);
    const anonymous = callerFor(null);
    const mine = await anonymous.registration.byToken({ token });
    expect(mine.email).toBe(people[0]!.email);
    await anonymous.registration.withdrawByToken({ token, version: mine.version });
    const third = await testDb().registration.findUniqueOrThrow({ where: { id: results[2]!.id } });
    const fourth = await testDb().registration.findUniqueOrThrow({ where: { id: results[3]!.id } });
    expect([third.status, fourth.status]).toEqual(["CONFIRMED", "WAITLISTED"]);
    const thirdMails = await queuedMailTo(people[2]!.email);
    expect(thirdMails.map((m) => m.idempotencyKey)).toEqual([
      `registration:${third.id}:waitlisted:1`,
      `registration:${third.id}:promotedConfirmed:2`,
    ]);
  });

  it("answers a second registration of the same person as already registered", async () => {
    const scene = await createJointWorkshop();
    const editor = callerFor(scene.editorA);
    const person = delegate();
    const input = { activityId: scene.activity.id, rcpId: scene.hostA.id, person, answers: noAnswers };
    const outcomes = await Promise.allSettled([
      editor.registration.registerOnBehalf(input),
      editor.registration.registerOnBehalf({
        ...input,
        person: { ...person, email: person.email.toUpperCase() },
      }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toMatchObject({
      code: "CONFLICT",
      message: "alreadyRegistered",
    });
    expect(await testDb().registration.count({ where: { activityId: scene.activity.id } })).toBe(1);
  });

  it("refuses an administrator's registration for an RCP that does not exist, storing nothing", async () => {
    const scene = await createJointWorkshop();
    const admin = callerFor(await createUser({ platformRole: "ADMIN" }));
    for (const rcpId of ["no-such-rcp", "constructor"]) {
      await expect(
        admin.registration.registerOnBehalf({
          activityId: scene.activity.id,
          rcpId,
          person: delegate(),
          answers: noAnswers,
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        admin.registration.register({ activityId: scene.activity.id, rcpId, answers: noAnswers }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await testDb().registration.count({ where: { activityId: scene.activity.id } })).toBe(0);
  });
});
