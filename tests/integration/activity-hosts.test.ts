// Joint activities: the owner invites, the invited RCP's editors (emailed) accept or decline, any
// host may leave but the last — decided by the database even when hosts leave at the same moment.
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { TSessionUser } from "~/server/auth/session";
import { testDb } from "../support/db";
import {
  activityFields,
  callerFor,
  createActivityRecord,
  createRcp,
  createUser,
  TEST_APP_URL,
} from "../support/factories";
import { errorOf } from "../support/trpc-error";

const as = (user: TSessionUser) => callerFor(user);

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return `${error.code} ${error.message}`;
    throw error;
  }
}

/** An RCP with one editor and one viewer. */
async function secretariat() {
  const rcp = await createRcp();
  const [editor, viewer] = await Promise.all([
    createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] }),
    createUser({ staff: [{ rcpId: rcp.id, role: "VIEWER" }] }),
  ]);
  return { rcp, editor, viewer };
}

const hostsOf = (activityId: string) =>
  testDb().activityRcp.findMany({
    where: { activityId },
    orderBy: { rcpId: "asc" },
    select: { rcpId: true, status: true },
  });
const versionOf = async (activityId: string) =>
  (await testDb().activity.findUniqueOrThrow({ where: { id: activityId }, select: { version: true } }))
    .version;
const auditOf = (activityId: string) =>
  testDb().auditLog.findMany({
    where: { targetId: activityId, action: { startsWith: "activity." } },
    orderBy: { createdAt: "asc" },
    select: { action: true, rcpId: true },
  });
const mailsTo = (email: string) =>
  testDb().outboxMessage.findMany({
    where: { to: email },
    select: { subject: true, text: true, html: true },
  });

describe("inviting a co-host", () => {
  it("invites another RCP, mails each of its editors in their language, and lists the invitation", async () => {
    const owner = await secretariat();
    const guest = await secretariat();
    const frenchEditor = await createUser({ staff: [{ rcpId: guest.rcp.id, role: "EDITOR" }] });
    await testDb().user.update({ where: { id: frenchEditor.id }, data: { locale: "fr" } });
    const { id: activityId } = await as(owner.editor).activity.create({
      rcpId: owner.rcp.id,
      activity: activityFields({
        title: { en: "Joint workshop on return", fr: "Atelier conjoint sur le retour" },
        visibility: "HOSTS",
      }),
    });

    const invited = await as(owner.editor).coHost.invite({ activityId, rcpSlug: guest.rcp.slug });
    expect(invited).toMatchObject({ rcpId: guest.rcp.id, mailsSent: 2 });

    const [english] = await mailsTo(guest.editor.email);
    expect(english?.subject).toBe("Invitation to co-host “Joint workshop on return” on RCP Exchange");
    expect(english?.text).toContain(`${owner.editor.name}, for Test RCP`);
    expect(english?.text).toContain("(May 12, 2030)");
    expect(english?.text).toContain(`${TEST_APP_URL}/en/manage/${guest.rcp.slug}/activities`);
    const [french] = await mailsTo(frenchEditor.email);
    expect(french?.subject).toBe(
      "Invitation à coorganiser «\u00a0Atelier conjoint sur le retour\u00a0» sur RCP Exchange",
    );
    expect(french?.text).toContain(`${TEST_APP_URL}/fr/manage/${guest.rcp.slug}/activities`);
    expect(french?.text).toContain("12 mai 2030");
    // Viewers answer nothing, so they are not mailed.
    expect(await mailsTo(guest.viewer.email)).toEqual([]);

    // The invited RCP's staff see the invitation, although the activity is for its hosts only.
    const [invitation] = await as(guest.viewer).coHost.listInvitations({ rcpId: guest.rcp.id });
    expect(invitation?.activity).toMatchObject({ id: activityId, visibility: "HOSTS" });
    expect(invitation?.hosts.map((host) => host.slug)).toEqual([owner.rcp.slug]);
    const hosts = await as(owner.editor).coHost.listHosts({ activityId });
    expect(hosts.hosts.map((host) => [host.rcp.slug, host.status])).toEqual([
      [owner.rcp.slug, "ACCEPTED"],
      [guest.rcp.slug, "INVITED"],
    ]);
    expect(hosts.invitable.map((rcp) => rcp.slug)).not.toContain(guest.rcp.slug);
    expect(await auditOf(activityId)).toContainEqual({ action: "activity.inviteHost", rcpId: guest.rcp.id });
  });

  it("refuses an unknown or archived RCP, the caller's own, a host and an RCP already invited", async () => {
    const owner = await secretariat();
    const [host, pending, archived] = await Promise.all([createRcp(), createRcp(), createRcp()]);
    await testDb().rcp.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const activity = await createActivityRecord({
      hostRcpIds: [owner.rcp.id, host.id],
      invitedRcpIds: [pending.id],
    });
    const invite = (rcpSlug: string) =>
      outcome(as(owner.editor).coHost.invite({ activityId: activity.id, rcpSlug }));
    expect(await invite("no-such-process")).toBe("BAD_REQUEST unknownRcp");
    expect(await invite(archived.slug)).toBe("BAD_REQUEST unknownRcp");
    expect(await invite(owner.rcp.slug)).toBe("BAD_REQUEST ownRcp");
    expect(await invite(host.slug)).toBe("BAD_REQUEST alreadyHost");
    expect(await invite(pending.slug)).toBe("BAD_REQUEST hostAlreadyInvited");
    expect(await invite("Not A Slug")).toMatch(/^BAD_REQUEST /);
    // Nothing changed, nobody was mailed, nothing was logged.
    expect(await hostsOf(activity.id)).toHaveLength(3);
    expect(await auditOf(activity.id)).toEqual([]);
  });

  it("shows a refusal on the field of the RCP", async () => {
    const owner = await secretariat();
    const activity = await createActivityRecord({ hostRcpIds: [owner.rcp.id] });
    const error = await errorOf(
      as(owner.editor).coHost.invite({ activityId: activity.id, rcpSlug: owner.rcp.slug }),
    );
    expect(error.message).toBe("ownRcp");
  });

  it("refuses to invite to a cancelled activity", async () => {
    const owner = await secretariat();
    const guest = await createRcp();
    const activity = await createActivityRecord({ hostRcpIds: [owner.rcp.id] });
    await as(owner.editor).activity.setStatus({ activityId: activity.id, version: 1, status: "CANCELLED" });
    expect(
      await outcome(as(owner.editor).coHost.invite({ activityId: activity.id, rcpSlug: guest.slug })),
    ).toBe("BAD_REQUEST activityCancelled");
  });
});

describe("answering an invitation", () => {
  it("accepted: the RCP hosts, sees and manages the activity equally, and the version moves on", async () => {
    const owner = await secretariat();
    const guest = await secretariat();
    const activity = await createActivityRecord({
      hostRcpIds: [owner.rcp.id],
      invitedRcpIds: [guest.rcp.id],
      visibility: "HOSTS",
    });
    // Invited is not hosting: the activity stays hidden from the guest until it accepts.
    expect(await outcome(as(guest.editor).activity.getEditable({ activityId: activity.id }))).toBe(
      "NOT_FOUND NOT_FOUND",
    );
    expect(
      await outcome(as(guest.viewer).coHost.accept({ rcpId: guest.rcp.id, activityId: activity.id })),
    ).toBe("FORBIDDEN FORBIDDEN");

    expect(await as(guest.editor).coHost.accept({ rcpId: guest.rcp.id, activityId: activity.id })).toEqual({
      isAccepted: true,
      version: 2,
    });
    expect(await as(guest.viewer).activity.get({ slug: activity.slug })).toMatchObject({ id: activity.id });
    const editable = await as(guest.editor).activity.getEditable({ activityId: activity.id });
    await as(guest.editor).activity.update({
      activityId: activity.id,
      version: editable.version,
      activity: { ...editable.fields, location: "Budapest" },
    });
    expect(await as(guest.editor).coHost.listInvitations({ rcpId: guest.rcp.id })).toEqual([]);
    // Answered once: a second answer finds no invitation.
    expect(
      await outcome(as(guest.editor).coHost.decline({ rcpId: guest.rcp.id, activityId: activity.id })),
    ).toBe("NOT_FOUND NOT_FOUND");
    expect((await auditOf(activity.id)).map((entry) => entry.action)).toEqual([
      "activity.acceptHost",
      "activity.update",
    ]);
  });

  it("declined: nothing changes for readers, and the owner may invite again", async () => {
    const owner = await secretariat();
    const guest = await secretariat();
    const activity = await createActivityRecord({
      hostRcpIds: [owner.rcp.id],
      invitedRcpIds: [guest.rcp.id],
    });
    expect(await as(guest.editor).coHost.decline({ rcpId: guest.rcp.id, activityId: activity.id })).toEqual({
      isAccepted: false,
      version: null,
    });
    expect(await versionOf(activity.id)).toBe(1);
    expect(await hostsOf(activity.id)).toContainEqual({ rcpId: guest.rcp.id, status: "DECLINED" });
    await as(owner.editor).coHost.invite({ activityId: activity.id, rcpSlug: guest.rcp.slug });
    expect(await hostsOf(activity.id)).toContainEqual({ rcpId: guest.rcp.id, status: "INVITED" });
  });

  it("only the invited RCP answers: another RCP's editor learns nothing", async () => {
    const owner = await secretariat();
    const guest = await secretariat();
    const stranger = await secretariat();
    const activity = await createActivityRecord({
      hostRcpIds: [owner.rcp.id],
      invitedRcpIds: [guest.rcp.id],
    });
    expect(
      await outcome(as(stranger.editor).coHost.accept({ rcpId: guest.rcp.id, activityId: activity.id })),
    ).toBe("NOT_FOUND NOT_FOUND");
    expect(
      await outcome(as(stranger.editor).coHost.accept({ rcpId: stranger.rcp.id, activityId: activity.id })),
    ).toBe("NOT_FOUND NOT_FOUND");
    expect(await hostsOf(activity.id)).toContainEqual({ rcpId: guest.rcp.id, status: "INVITED" });
  });

  it("withdrawn by a host before it is answered: gone from the invited RCP's list", async () => {
    const owner = await secretariat();
    const guest = await secretariat();
    const activity = await createActivityRecord({
      hostRcpIds: [owner.rcp.id],
      invitedRcpIds: [guest.rcp.id],
    });
    expect(await as(owner.editor).coHost.withdraw({ activityId: activity.id, rcpId: guest.rcp.id })).toEqual({
      withdrawn: true,
    });
    expect(await as(guest.editor).coHost.listInvitations({ rcpId: guest.rcp.id })).toEqual([]);
    expect(
      await outcome(as(guest.editor).coHost.accept({ rcpId: guest.rcp.id, activityId: activity.id })),
    ).toBe("NOT_FOUND NOT_FOUND");
    // An accepted host is not an invitation: withdrawing it is refused.
    expect(
      await outcome(as(owner.editor).coHost.withdraw({ activityId: activity.id, rcpId: owner.rcp.id })),
    ).toBe("NOT_FOUND NOT_FOUND");
    expect(await auditOf(activity.id)).toEqual([
      { action: "activity.withdrawHostInvitation", rcpId: guest.rcp.id },
    ]);
  });
});

describe("leaving an activity", () => {
  it("lets a co-host leave, not the last host", async () => {
    const owner = await secretariat();
    const guest = await secretariat();
    const activity = await createActivityRecord({ hostRcpIds: [owner.rcp.id, guest.rcp.id] });
    expect(await as(owner.editor).coHost.leave({ rcpId: owner.rcp.id, activityId: activity.id })).toEqual({
      version: 2,
    });
    expect(await hostsOf(activity.id)).toEqual([{ rcpId: guest.rcp.id, status: "ACCEPTED" }]);
    expect(
      await outcome(as(guest.editor).coHost.leave({ rcpId: guest.rcp.id, activityId: activity.id })),
    ).toBe("CONFLICT lastHost");
    expect(await hostsOf(activity.id)).toEqual([{ rcpId: guest.rcp.id, status: "ACCEPTED" }]);
    // The RCP that left no longer manages it.
    expect(
      await outcome(
        as(owner.editor).activity.setStatus({ activityId: activity.id, version: 2, status: "POSTPONED" }),
      ),
    ).toBe("FORBIDDEN FORBIDDEN");
  });

  it("keeps a host when every host leaves at the same moment", async () => {
    const rounds = await Promise.all(
      [0, 1, 2, 3, 4].map(async () => {
        const hosts = await Promise.all([secretariat(), secretariat(), secretariat()]);
        const activity = await createActivityRecord({ hostRcpIds: hosts.map((host) => host.rcp.id) });
        return { hosts, activity };
      }),
    );
    await Promise.all(
      rounds.flatMap(({ hosts, activity }) =>
        hosts.map((host) =>
          outcome(as(host.editor).coHost.leave({ rcpId: host.rcp.id, activityId: activity.id })),
        ),
      ),
    );
    for (const { activity } of rounds) {
      expect(await hostsOf(activity.id)).toHaveLength(1);
      expect(await auditOf(activity.id)).toHaveLength(2);
    }
  });
});
