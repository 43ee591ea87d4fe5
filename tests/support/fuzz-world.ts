// The people and records the fuzz test acts with and on, in a seeded database of its own: a real
// RCP with its editor and viewer, an editor of another RCP, an administrator, and accounts and
// RCPs that the administrators' mutations may change freely.
import { randomUUID } from "node:crypto";
import { createToken } from "~/server/auth/token";
import type { TDb } from "~/server/db-client";
import { recordPeerEvents } from "~/server/peer-event/record";
import { readEditable } from "~/server/rcp/editable";
import { saveProfile } from "~/server/rcp/mutations";
import { hashRegistrationToken, registrationToken } from "~/server/registration/token";

export type TActor = "anonymous" | "outsider" | "viewer" | "editor" | "admin";
export const ACTORS: readonly TActor[] = ["anonymous", "outsider", "viewer", "editor", "admin"];

const DAY = 24 * 60 * 60 * 1000;
const userSelect = { id: true, email: true, name: true, platformRole: true, sessionVersion: true } as const;

export async function createFuzzWorld(db: TDb) {
  const [own, other] = await db.rcp.findMany({
    where: { archivedAt: null },
    orderBy: { slug: "asc" },
    take: 2,
    select: { id: true, slug: true },
  });
  if (!own || !other) throw new Error("The fuzz database has no seeded RCPs");
  const user = (
    name: string,
    platformRole: "USER" | "ADMIN",
    staff: { rcpId: string; role: "EDITOR" | "VIEWER" }[],
  ) =>
    db.user.create({
      data: {
        email: `${name}@fuzz.example`,
        name: `Fuzz ${name}`,
        platformRole,
        rcpRoles: { create: staff },
      },
      select: userSelect,
    });
  const users = {
    outsider: await user("outsider", "USER", [{ rcpId: other.id, role: "EDITOR" }]),
    viewer: await user("viewer", "USER", [{ rcpId: own.id, role: "VIEWER" }]),
    editor: await user("editor", "USER", [{ rcpId: own.id, role: "EDITOR" }]),
    admin: await user("admin", "ADMIN", []),
  };
  // Two saved versions, so there is an earlier one to restore.
  for (const acronym of ["FZ1", "FZ2"]) {
    const state = await readEditable(db, own.id);
    if (!state) throw new Error(`No editable RCP ${own.slug}`);
    await saveProfile(db, {
      rcpId: own.id,
      baseVersion: state.version,
      data: { ...state.data, acronym },
      actorId: users.admin.id,
    });
  }
  const targetUsers = await Promise.all(
    [0, 1, 2, 3].map((n) =>
      user(`target-${n}`, n === 3 ? "ADMIN" : "USER", n === 0 ? [{ rcpId: own.id, role: "VIEWER" }] : []),
    ),
  );
  const targetRcps = await Promise.all(
    ["fuzz-target-a", "fuzz-target-b"].map((slug) =>
      db.rcp.create({
        data: {
          slug,
          name: `Fuzz ${slug}`,
          shortName: slug,
          yearEstablished: 2000,
          region: "AFRICA",
          description: { en: "A process the fuzz test archives and restores." },
          secretariatKind: "FIXED",
        },
        select: { id: true, slug: true },
      }),
    ),
  );
  // An organisation whose acronyms the administrators' fuzzed calls rewrite.
  const organisation = await db.participant.create({
    data: {
      code: "fuzz-organisation",
      kind: "ORGANISATION",
      acronym: "FO",
      name: { en: "Fuzz Organisation" },
    },
    select: { id: true },
  });
  const [participants, themes, rcps] = await Promise.all([
    db.participant.findMany({ select: { code: true }, orderBy: { code: "asc" } }),
    db.theme.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } }),
    db.rcp.findMany({ select: { slug: true }, orderBy: { slug: "asc" } }),
  ]);
  // Focal points: whom the actors' RCP's entries may represent (its current members and observers).
  const representable = await db.membership.findMany({
    where: { rcpId: own.id, endDate: null, role: { in: ["MEMBER", "OBSERVER"] } },
    select: { participant: { select: { id: true, code: true } } },
    orderBy: { participant: { code: "asc" } },
  });
  const focalParticipant = representable[0]?.participant;
  if (!focalParticipant) throw new Error(`${own.slug} has no current member to give focal points`);
  const cast = Object.values(users);
  let staffed = 0;
  const initial = await db.user.findMany({
    where: { id: { in: cast.map((u) => u.id) } },
    select: { ...userSelect, rcpRoles: { select: { rcpId: true, role: true } } },
  });

  return {
    db,
    own,
    other,
    users,
    targetUsers,
    targetRcps,
    participantCodes: participants.map((p) => p.code),
    organisationId: organisation.id,
    countryCodes: participants.map((p) => p.code).filter((code) => /^[A-Z]{2}$/.test(code)),
    themeSlugs: themes.map((t) => t.slug),
    themeIds: themes.map((t) => t.id),
    rcpSlugs: rcps.map((r) => r.slug),
    emails: [...cast, ...targetUsers].map((u) => u.email),

    /** The profile version a save must be based on now. */
    currentVersion: async () =>
      (await db.rcp.findUniqueOrThrow({ where: { id: own.id }, select: { version: true } })).version,

    /** A new activity hosted by the actors' RCP, at version 1, for one call to read or change. */
    ownActivity: async () =>
      db.activity.create({
        data: {
          slug: `fuzz-activity-${randomUUID()}`,
          title: { en: "Fuzz workshop" },
          kind: "WORKSHOP",
          startDate: new Date("2030-05-12T00:00:00Z"),
          startPrecision: "DAY",
          location: "Geneva",
          visibility: "HOSTS",
          rcps: { create: { rcpId: own.id, status: "ACCEPTED" } },
        },
        select: { id: true, slug: true },
      }),

    /** A document of a fresh activity of the actors' RCP, its file not stored. */
    ownDocument: async () =>
      db.activityDocument.create({
        data: {
          activity: {
            create: {
              slug: `fuzz-activity-${randomUUID()}`,
              title: { en: "Fuzz workshop" },
              kind: "WORKSHOP",
              startDate: new Date("2030-05-12T00:00:00Z"),
              startPrecision: "DAY",
              visibility: "HOSTS",
              rcps: { create: { rcpId: own.id, status: "ACCEPTED" } },
            },
          },
          kind: "REPORT",
          title: "Fuzz report",
          language: "en",
          visibility: "HOSTS",
          storageKey: `activity-documents/${randomUUID()}`,
          originalName: "report.pdf",
          mediaType: "application/pdf",
          size: 100,
          sha256: "0".repeat(64),
        },
        select: { id: true },
      }),

    // Recommendations and follow-up.
    /** A recommendations document of a fresh hosts-only activity of the actors' RCP. */
    ownOutcome: async () =>
      db.activityDocument.create({
        data: {
          activity: {
            create: {
              slug: `fuzz-outcome-${randomUUID()}`,
              title: { en: "Fuzz conference" },
              kind: "MINISTERIAL_CONFERENCE",
              startDate: new Date("2003-10-16T00:00:00Z"),
              startPrecision: "DAY",
              visibility: "HOSTS",
              rcps: { create: { rcpId: own.id, status: "ACCEPTED" } },
            },
          },
          kind: "RECOMMENDATIONS",
          title: "Fuzz recommendations",
          language: "en",
          visibility: "HOSTS",
          storageKey: `activity-documents/${randomUUID()}`,
          originalName: "recommendations.pdf",
          mediaType: "application/pdf",
          size: 100,
          sha256: "0".repeat(64),
          recommendations: { create: { number: 1, text: { en: "Fuzz recommendation" } } },
        },
        select: { id: true, recommendations: { select: { id: true } } },
      }),
    /** Codes of states that are current members of the actors' RCP, as follow-up names them. */
    memberStateCodes: (
      await db.membership.findMany({
        where: { rcpId: own.id, role: "MEMBER", endDate: null, participant: { kind: "STATE" } },
        select: { participant: { select: { code: true } } },
        take: 5,
      })
    ).map((row) => row.participant.code),
    // Focal points.
    focalPointCodes: representable.map((row) => row.participant.code),
    /** A new focal point of the actors' RCP for its own staff only, at version 1. */
    ownFocalPoint: async () =>
      db.focalPoint.create({
        data: {
          rcpId: own.id,
          participantId: focalParticipant.id,
          name: "Fuzz Focal Point",
          email: "focal@fuzz.example",
          languages: ["en"],
          since: new Date("2004-01-01T00:00:00Z"),
          visibility: "OWN_RCP",
        },
        select: { id: true },
      }),

    /** A new activity with these accepted hosts and invited RCPs, for the joint-activity calls. */
    jointActivity: async (hostRcpIds: string[], invitedRcpIds: string[]) =>
      db.activity.create({
        data: {
          slug: `fuzz-joint-${randomUUID()}`,
          title: { en: "Fuzz joint workshop" },
          kind: "WORKSHOP",
          startDate: new Date("2030-05-12T00:00:00Z"),
          startPrecision: "DAY",
          location: "Geneva",
          visibility: "HOSTS",
          rcps: {
            create: [
              ...hostRcpIds.map((rcpId) => ({ rcpId, status: "ACCEPTED" as const })),
              ...invitedRcpIds.map((rcpId) => ({ rcpId, status: "INVITED" as const })),
            ],
          },
        },
        select: { id: true },
      }),

    // Registration.
    /** A new activity of the actors' RCP (public, so others may register) taking registrations now. */
    registrationActivity: async (mode: "OPEN" | "APPROVAL" = "OPEN") =>
      db.activity.create({
        data: {
          slug: `fuzz-registration-${randomUUID()}`,
          title: { en: "Fuzz registration workshop" },
          kind: "WORKSHOP",
          startDate: new Date(Date.now() + 60 * DAY),
          startPrecision: "DAY",
          location: "Geneva",
          visibility: "PUBLIC",
          rcps: { create: { rcpId: own.id, status: "ACCEPTED" } },
          registrationSettings: {
            create: {
              mode,
              capacity: 5,
              opensAt: new Date(Date.now() - DAY),
              closesAt: new Date(Date.now() + 30 * DAY),
              questions: ["ROLE", "ORGANISATION", "DIETARY_NEEDS", "ACCESS_NEEDS", "COMMENT"],
              requiredQuestions: [],
            },
          },
        },
        select: { id: true },
      }),

    /** A registration in a fresh activity of the actors' RCP, with its private link's token. */
    registration: async (options: {
      status?: "PENDING" | "CONFIRMED" | "WITHDRAWN";
      mode?: "OPEN" | "APPROVAL";
    }) => {
      const activity = await db.activity.create({
        data: {
          slug: `fuzz-registration-${randomUUID()}`,
          title: { en: "Fuzz registration workshop" },
          kind: "WORKSHOP",
          startDate: new Date(Date.now() + 60 * DAY),
          startPrecision: "DAY",
          location: "Geneva",
          visibility: "HOSTS",
          rcps: { create: { rcpId: own.id, status: "ACCEPTED" } },
          registrationSettings: {
            create: {
              mode: options.mode ?? "OPEN",
              capacity: 5,
              opensAt: new Date(Date.now() - DAY),
              closesAt: new Date(Date.now() + 30 * DAY),
              questions: ["ROLE", "ORGANISATION", "DIETARY_NEEDS", "ACCESS_NEEDS", "COMMENT"],
              requiredQuestions: [],
            },
          },
        },
        select: { id: true },
      });
      const status = options.status ?? "CONFIRMED";
      const row = await db.registration.create({
        data: {
          activityId: activity.id,
          status,
          name: "Fuzz delegate",
          email: `delegate-${randomUUID()}@fuzz.example`,
          events: {
            create: [
              { toStatus: status === "WITHDRAWN" ? "CONFIRMED" : status },
              ...(status === "WITHDRAWN"
                ? [{ fromStatus: "CONFIRMED" as const, toStatus: "WITHDRAWN" as const }]
                : []),
            ],
          },
        },
        select: { id: true },
      });
      const token = registrationToken(row.id, 1);
      await db.registration.update({
        where: { id: row.id },
        data: { tokenHash: hashRegistrationToken(token) },
      });
      return { id: row.id, activityId: activity.id, token };
    },

    /** A target account with a role in the actors' RCP, for the administrators to remove. */
    staffedTarget: async () => {
      const target = targetUsers[staffed++ % targetUsers.length]!;
      await db.rcpStaff.upsert({
        where: { userId_rcpId: { userId: target.id, rcpId: own.id } },
        create: { rcpId: own.id, userId: target.id, role: "VIEWER" },
        update: {},
      });
      return target.id;
    },

    /** An open invitation into the actors' RCP, with the token its link carries. */
    openInvitation: async () => {
      const { token, tokenHash } = createToken();
      const invitation = await db.invitation.create({
        data: {
          tokenHash,
          email: `invitee-${randomUUID()}@fuzz.example`,
          rcpId: own.id,
          rcpRole: "VIEWER",
          invitedById: users.admin.id,
          expiresAt: new Date(Date.now() + 7 * DAY),
        },
        select: { id: true },
      });
      return { id: invitation.id, token };
    },

    /** An unused password-reset link of a new account. */
    passwordResetToken: async () => {
      const { token, tokenHash } = createToken();
      await db.user.create({
        data: {
          email: `reset-${randomUUID()}@fuzz.example`,
          passwordResets: { create: { tokenHash, expiresAt: new Date(Date.now() + DAY) } },
        },
        select: { id: true },
      });
      return token;
    },

    /** Mail the job queue gave up on: a message an administrator may retry. */
    failedMail: async () => {
      const row = await db.mailDelivery.create({
        data: {
          idempotencyKey: `fuzz:${randomUUID()}`,
          to: `failed-${randomUUID()}@fuzz.example`,
          subject: "Undelivered",
          text: "Undelivered",
          status: "FAILED",
          attempts: 8,
          lastError: "connect ECONNREFUSED",
        },
        select: { id: true },
      });
      return row.id;
    },

    // Peer updates.
    /**
     * A public event of the other RCP, which every signed-in actor follows (again, should a fuzzed
     * call have unfollowed it): a notification each of them may mark read.
     */
    notificationEvent: async () => {
      await db.follow.createMany({
        data: cast.map((u) => ({ userId: u.id, targetType: "RCP" as const, targetId: other.id })),
        skipDuplicates: true,
      });
      await recordPeerEvents(db, [
        { kind: "PRIORITIES_CHANGED", actorId: null, rcpId: other.id, rcpIds: [] },
      ]);
      const event = await db.peerEvent.findFirstOrThrow({
        where: { rcpId: other.id },
        orderBy: { id: "desc" },
        select: { id: true },
      });
      return event.id.toString();
    },

    /**
     * The actors' rights and sessions as they were at the start: an accepted call may change them
     * (a role, a disabled account, a signed-out session), and the next calls must meet the same cast.
     */
    restore: async () => {
      await db.$transaction([
        ...initial.map((u) =>
          db.user.update({
            where: { id: u.id },
            data: { platformRole: u.platformRole, disabledAt: null, sessionVersion: u.sessionVersion },
          }),
        ),
        db.rcp.updateMany({ where: { id: { in: [own.id, other.id] } }, data: { archivedAt: null } }),
        db.rcpStaff.deleteMany({ where: { userId: { in: initial.map((u) => u.id) } } }),
        db.rcpStaff.createMany({
          data: initial.flatMap((u) => u.rcpRoles.map((staff) => ({ userId: u.id, ...staff }))),
        }),
      ]);
    },
  };
}

export type TFuzzWorld = Awaited<ReturnType<typeof createFuzzWorld>>;
