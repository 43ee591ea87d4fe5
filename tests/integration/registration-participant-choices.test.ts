// The government or organisation a person represents can be chosen from the hosts' participants:
// the list offered is exactly what the server accepts, and only where the hosts ask the question.
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { callerFor } from "../support/factories";
import { createJointWorkshop, delegate, noAnswers } from "../support/registration";
import { errorOf } from "../support/trpc-error";

async function addMember(rcpId: string, code: string) {
  const participant = await testDb().participant.findUniqueOrThrow({ where: { code }, select: { id: true } });
  await testDb().membership.create({ data: { rcpId, participantId: participant.id, role: "MEMBER" } });
}

async function sceneWithMembers(questions?: "ORGANISATION"[]) {
  const scene = await createJointWorkshop(questions ? { questions } : {});
  const organisation = await testDb().participant.findFirstOrThrow({
    where: { kind: "ORGANISATION" },
    orderBy: { code: "asc" },
    select: { code: true },
  });
  await addMember(scene.hostA.id, "ID");
  await addMember(scene.hostB.id, organisation.code);
  // A process that does not host the activity: its members are not offered.
  await addMember(scene.other.id, "FR");
  return { ...scene, organisationCode: organisation.code };
}

describe("choosing the government or organisation from the hosts' participants", () => {
  it("offers the participants of every accepted host, and the server takes one of them", async () => {
    const scene = await sceneWithMembers();
    const overview = await callerFor(null).registration.settings({ activityId: scene.activity.id });
    expect(overview.participantChoices.map((choice) => choice.code).sort()).toEqual(
      ["ID", scene.organisationCode].sort(),
    );

    const registered = await callerFor(scene.editorA).registration.registerOnBehalf({
      activityId: scene.activity.id,
      rcpId: scene.hostA.id,
      person: delegate(),
      answers: { ...noAnswers, participantCode: scene.organisationCode },
    });
    const row = await testDb().registration.findUniqueOrThrow({
      where: { id: registered.id },
      select: { participantCode: true },
    });
    expect(row.participantCode).toBe(scene.organisationCode);

    const refused = await errorOf(
      callerFor(scene.editorA).registration.registerOnBehalf({
        activityId: scene.activity.id,
        rcpId: scene.hostA.id,
        person: delegate(),
        answers: { ...noAnswers, participantCode: "FR" },
      }),
    );
    expect([refused.code, refused.message]).toEqual(["BAD_REQUEST", "unknownParticipant"]);
  });

  it("offers none where the hosts do not ask who the person represents", async () => {
    const scene = await sceneWithMembers([]);
    const overview = await callerFor(null).registration.settings({ activityId: scene.activity.id });
    expect(overview.participantChoices).toEqual([]);
  });
});
