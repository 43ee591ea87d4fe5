// Every procedure of the router × every kind of caller. A procedure added without a row here
// fails the suite, so no procedure ships without a decided answer for each actor.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { EMAIL_FREQUENCIES } from "~/domain/email-preference/schema";
import { appRouter } from "~/server/api/root";
import { unsubscribeToken } from "~/server/peer-mail/unsubscribe-token";
import {
  ACTORS,
  activityFields,
  callerFor,
  createActivityRecord,
  createCast,
  createDocumentRecord,
  createFailedMail,
  createInvitation,
  createOrganisation,
  createPasswordReset,
  createRcp,
  createUser,
  type TActor,
} from "../support/factories";
import { testDb } from "../support/db";
import { changed, saveChange } from "../support/profiles";
import { ZSearchPage } from "../support/search-shapes";
import { createRegistrationRecord, delegate, noAnswers, openRegistration } from "../support/registration";
import { recordPeerEvents } from "~/server/peer-event/record";
import {
  ZByToken,
  ZCreated,
  ZHistory,
  ZOverview,
  ZParticipantsPage,
  ZRegistrationView,
  ZTransition,
} from "../support/registration-shapes";
import {
  ZAccount,
  ZAccountsPage,
  ZActivity,
  ZActivityDocument,
  ZAdminOrganisation,
  ZActivityPage,
  ZActivityView,
  ZEditableActivity,
  ZAdminRcp,
  ZAuditPage,
  ZCountry,
  ZCountryEntry,
  ZDirectoryEntry,
  ZEditable,
  ZFounding,
  ZInvitationsPage,
  ZInvitationView,
  ZLocalized,
  ZMatrixRow,
  ZMe,
  ZOpenInvitation,
  ZOverlap,
  ZPeer,
  ZProfile,
  ZRevisionsPage,
  ZSavedProfile,
  ZStaffPage,
} from "../support/output-shapes";

type TCast = Awaited<ReturnType<typeof createCast>> & { targets: Awaited<ReturnType<typeof createTargets>> };
type TOutcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
/** `input` may prepare the scene (it runs before the fingerprint is taken). */
type TRow = {
  input: (cast: TCast) => unknown;
  expected: Record<TActor, TOutcome>;
  /** What an allowed call answers: its shape, and that it is about the records asked for. */
  output: (cast: TCast, actor: TActor) => z.ZodType;
  isMutation?: boolean;
};

const everyone = (outcome: TOutcome): Record<TActor, TOutcome> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Record<TActor, TOutcome>;
const adminsOnly: Record<TActor, TOutcome> = {
  anonymous: "UNAUTHORIZED",
  outsider: "FORBIDDEN",
  viewer: "FORBIDDEN",
  editor: "FORBIDDEN",
  admin: "ok",
};

/** Members and administrators only; other tenants cannot tell the RCP exists. */
const staffOnly: Record<TActor, TOutcome> = {
  anonymous: "UNAUTHORIZED",
  outsider: "NOT_FOUND",
  viewer: "ok",
  editor: "ok",
  admin: "ok",
};
/** Every signed-in secretariat and administrators; people of no secretariat are refused. */
const secretariats: Record<TActor, TOutcome> = { ...everyone("ok"), anonymous: "UNAUTHORIZED" };
/** Editors of the RCP and administrators; viewers are refused, other tenants learn nothing. */
const editorsOnly: Record<TActor, TOutcome> = { ...staffOnly, viewer: "FORBIDDEN" };

/** What a duplicate-effort warning answers: the competing activities, as sentences are made of them. */
const ZDuplicateAnswer = z
  .object({
    items: z.array(
      z
        .object({
          slug: z.string(),
          sharedMemberStates: z.number().int().positive(),
          daysFromPlan: z.number(),
        })
        .loose(),
    ),
    activityId: z.string().nullable(),
  })
  .strict();

const openInvitation = (cast: TCast) =>
  createInvitation({ invitedById: cast.users.admin.id, rcpId: cast.rcp.id });
const newColleague = (cast: TCast) => createUser({ staff: [{ rcpId: cast.rcp.id, role: "VIEWER" }] });
const newEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.org`;

let editCount = 0;

/** Seen by its hosts only, so other tenants cannot tell it exists. */
const hostsOnlyActivity = (cast: TCast) =>
  createActivityRecord({ hostRcpIds: [cast.rcp.id], visibility: "HOSTS" });

/** Hosted for its hosts only by an RCP made for the row, which invites the cast's RCP. */
const invitedByAnother = async (cast: TCast) =>
  createActivityRecord({
    hostRcpIds: [(await createRcp()).id],
    invitedRcpIds: [cast.rcp.id],
    visibility: "HOSTS",
  });

/** An activity of the cast's RCP taking registrations (hosts-only unless said), and one registration in it. */
async function registrationScene(
  cast: TCast,
  options: {
    visibility?: "PUBLIC" | "HOSTS";
    mode?: "OPEN" | "APPROVAL";
    status?: "PENDING" | "CONFIRMED" | "WITHDRAWN";
  } = {},
) {
  const activity = await createActivityRecord({
    hostRcpIds: [cast.rcp.id],
    visibility: options.visibility ?? "HOSTS",
    startDate: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
  });
  await openRegistration(activity.id, { mode: options.mode });
  const registration = await createRegistrationRecord({
    activityId: activity.id,
    status: options.status ?? "CONFIRMED",
    withdrawnFrom: options.status === "WITHDRAWN" ? "CONFIRMED" : undefined,
    // Nominated by an RCP made for the row: only the hosts may act for the person.
    nominatingRcpId: (await createRcp()).id,
  });
  return { activity, registration };
}

/** Registration's settings as a host saves them: open now, closing before the activity. */
const settingsData = () => ({
  mode: "APPROVAL",
  capacity: 20,
  opensAt: new Date(Date.now() - 60 * 60 * 1000),
  closesAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
  questions: ["ROLE", "DIETARY_NEEDS"],
  requiredQuestions: ["ROLE"],
  quotas: [],
});

/** A recommendations document of a hosts-only activity of the cast's RCP. */
const hostsOutcome = async (cast: TCast) =>
  createDocumentRecord({
    activityId: (await hostsOnlyActivity(cast)).id,
    kind: "RECOMMENDATIONS",
    visibility: "HOSTS",
  });

/** A recommendation, at version 1, on such a document. */
const hostsRecommendation = async (cast: TCast) =>
  testDb().recommendation.create({
    data: { documentId: (await hostsOutcome(cast)).id, number: 1, text: { en: "Share data" } },
    select: { id: true, documentId: true },
  });

/** One page of a recommendations list, as every list answers. */
const ZRecommendationPage = z
  .object({
    items: z.array(z.object({ id: z.string(), number: z.number().int(), status: z.string() }).loose()),
    nextCursor: z.string().nullable(),
  })
  .strict();

const recommendationFields = { number: 2, text: { en: "Train border staff" }, themes: [] };

export const authorizationTable: Record<string, TRow> = {
  "rcp.list": {
    input: () => undefined,
    expected: everyone("ok"),
    output: () => z.array(ZDirectoryEntry).min(1),
  },
  "rcp.listThemes": {
    input: () => undefined,
    expected: everyone("ok"),
    output: () => z.array(z.object({ slug: z.string(), label: ZLocalized })).min(1),
  },
  "rcp.get": {
    input: (cast) => ({ slug: cast.rcp.slug }),
    expected: everyone("ok"),
    output: (cast) => ZProfile.extend({ slug: z.literal(cast.rcp.slug) }),
  },
  "rcp.getOverlap": { input: () => undefined, expected: everyone("ok"), output: () => ZOverlap },
  "rcp.listPeers": {
    input: (cast) => ({ slug: cast.rcp.slug }),
    expected: everyone("ok"),
    output: () => z.array(ZPeer),
  },
  "rcp.listMatrixRows": {
    input: () => undefined,
    expected: everyone("ok"),
    output: () => z.array(ZMatrixRow).min(1),
  },
  "rcp.listFoundings": {
    input: () => undefined,
    expected: everyone("ok"),
    output: () => z.array(ZFounding).min(1),
  },
  "country.list": {
    input: () => undefined,
    expected: everyone("ok"),
    output: () => z.array(ZCountryEntry).min(1),
  },
  "country.get": {
    input: () => ({ code: "TH" }),
    expected: everyone("ok"),
    output: () => ZCountry.extend({ code: z.literal("TH") }),
  },
  "user.me": {
    input: () => undefined,
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: (cast, actor) => ZMe.extend({ id: z.literal(cast.users[actor]?.id ?? "") }),
  },
  "activity.listTimeline": {
    input: () => undefined,
    expected: everyone("ok"),
    output: () => z.array(ZActivity),
  },
  "activity.list": {
    input: () => ({ when: "past" }),
    expected: everyone("ok"),
    output: () => ZActivityPage,
  },
  // Restricted to its hosts: to anyone else it does not exist.
  "activity.get": {
    input: async (cast) => ({
      slug: (await createActivityRecord({ hostRcpIds: [cast.rcp.id], visibility: "HOSTS" })).slug,
    }),
    expected: { ...staffOnly, anonymous: "NOT_FOUND" },
    output: () => ZActivityView,
  },
  "activity.getEditable": {
    input: async (cast) => ({ activityId: (await hostsOnlyActivity(cast)).id }),
    expected: editorsOnly,
    output: () => ZEditableActivity,
  },
  "activity.create": {
    input: (cast) => ({ rcpId: cast.rcp.id, activity: activityFields() }),
    expected: editorsOnly,
    output: () =>
      z.object({ id: z.string().min(1), slug: z.string().min(1), version: z.literal(1) }).strict(),
    isMutation: true,
  },
  "activity.update": {
    input: async (cast) => ({
      activityId: (await hostsOnlyActivity(cast)).id,
      version: 1,
      activity: activityFields(),
    }),
    expected: editorsOnly,
    output: () => z.object({ version: z.literal(2) }).strict(),
    isMutation: true,
  },
  "activity.setStatus": {
    input: async (cast) => ({
      activityId: (await hostsOnlyActivity(cast)).id,
      version: 1,
      status: "POSTPONED",
    }),
    expected: editorsOnly,
    output: () => z.object({ version: z.literal(2) }).strict(),
    isMutation: true,
  },
  "activity.delete": {
    input: async (cast) => ({
      activityId: (await hostsOnlyActivity(cast)).id,
      version: 1,
    }),
    expected: editorsOnly,
    output: () => z.object({ deleted: z.literal(true) }).strict(),
    isMutation: true,
  },
  // Documents of activities: those of an activity seen by its hosts only.
  "activityDocument.list": {
    input: async (cast) => {
      const activity = await hostsOnlyActivity(cast);
      await createDocumentRecord({ activityId: activity.id, visibility: "HOSTS" });
      return { activityId: activity.id };
    },
    expected: { ...staffOnly, anonymous: "NOT_FOUND" },
    output: () => z.array(ZActivityDocument).length(1),
  },
  "activityDocument.update": {
    input: async (cast) => ({
      documentId: (await createDocumentRecord({ activityId: (await hostsOnlyActivity(cast)).id })).id,
      version: 1,
      data: { kind: "AGENDA", title: "Agenda", language: "fr", date: "2030-05-12", visibility: "HOSTS" },
    }),
    expected: editorsOnly,
    output: () => z.object({ version: z.literal(2) }).strict(),
    isMutation: true,
  },
  "activityDocument.delete": {
    input: async (cast) => ({
      documentId: (await createDocumentRecord({ activityId: (await hostsOnlyActivity(cast)).id })).id,
      version: 1,
    }),
    expected: editorsOnly,
    output: () => z.object({ deleted: z.literal(true) }).strict(),
    isMutation: true,
  },
  // Joint activities: the cast's RCP hosts, invites, or is invited by an RCP made for the row.
  "coHost.listHosts": {
    input: async (cast) => ({ activityId: (await hostsOnlyActivity(cast)).id }),
    expected: editorsOnly,
    output: () =>
      z
        .object({
          hosts: z.array(z.object({ status: z.literal("ACCEPTED") }).loose()).length(1),
          invitable: z.array(z.object({ slug: z.string() }).loose()).min(1),
        })
        .loose(),
  },
  "coHost.listInvitations": {
    input: async (cast) => {
      await invitedByAnother(cast);
      return { rcpId: cast.rcp.id };
    },
    expected: staffOnly,
    output: () =>
      z.array(z.object({ activity: z.object({ visibility: z.literal("HOSTS") }).loose() }).loose()).min(1),
  },
  "coHost.invite": {
    input: async (cast) => ({
      activityId: (await hostsOnlyActivity(cast)).id,
      rcpSlug: (await createRcp()).slug,
    }),
    expected: editorsOnly,
    output: () =>
      z
        .object({ rcpId: z.string().min(1), mailsSent: z.literal(0), isKeptInOutbox: z.literal(false) })
        .strict(),
    isMutation: true,
  },
  "coHost.withdraw": {
    input: async (cast) => {
      const guest = await createRcp();
      const activity = await createActivityRecord({
        hostRcpIds: [cast.rcp.id],
        invitedRcpIds: [guest.id],
        visibility: "HOSTS",
      });
      return { activityId: activity.id, rcpId: guest.id };
    },
    expected: editorsOnly,
    output: () => z.object({ withdrawn: z.literal(true) }).strict(),
    isMutation: true,
  },
  "coHost.accept": {
    input: async (cast) => ({ rcpId: cast.rcp.id, activityId: (await invitedByAnother(cast)).id }),
    expected: editorsOnly,
    output: () => z.object({ isAccepted: z.literal(true), version: z.literal(2) }).strict(),
    isMutation: true,
  },
  "coHost.decline": {
    input: async (cast) => ({ rcpId: cast.rcp.id, activityId: (await invitedByAnother(cast)).id }),
    expected: editorsOnly,
    output: () => z.object({ isAccepted: z.literal(false), version: z.null() }).strict(),
    isMutation: true,
  },
  "coHost.leave": {
    input: async (cast) => {
      const partner = await createRcp();
      const activity = await createActivityRecord({
        hostRcpIds: [cast.rcp.id, partner.id],
        visibility: "HOSTS",
      });
      return { rcpId: cast.rcp.id, activityId: activity.id };
    },
    expected: editorsOnly,
    output: () => z.object({ version: z.literal(2) }).strict(),
    isMutation: true,
  },
  // Registration: personal data for hosts, the person through their link, counts for the rest.
  "registration.settings": {
    input: async (cast) => ({ activityId: (await registrationScene(cast)).activity.id }),
    expected: { ...staffOnly, anonymous: "NOT_FOUND" },
    output: () => ZOverview,
  },
  "registration.saveSettings": {
    input: async (cast) => ({
      activityId: (await createActivityRecord({ hostRcpIds: [cast.rcp.id], visibility: "HOSTS" })).id,
      version: null,
      data: settingsData(),
    }),
    expected: editorsOnly,
    output: () => z.object({ version: z.literal(1) }).strict(),
    isMutation: true,
  },
  // For the cast's RCP, on a public activity: another secretariat's staff may not register for it.
  "registration.register": {
    input: async (cast) => ({
      activityId: (await registrationScene(cast, { visibility: "PUBLIC" })).activity.id,
      rcpId: cast.rcp.id,
      answers: noAnswers,
    }),
    expected: { anonymous: "UNAUTHORIZED", outsider: "FORBIDDEN", viewer: "ok", editor: "ok", admin: "ok" },
    output: () => ZCreated,
    isMutation: true,
  },
  "registration.registerOnBehalf": {
    input: async (cast) => ({
      activityId: (await registrationScene(cast, { visibility: "PUBLIC" })).activity.id,
      rcpId: cast.rcp.id,
      person: delegate(),
      answers: noAnswers,
    }),
    expected: editorsOnly,
    output: () => ZCreated,
    isMutation: true,
  },
  "registration.participants": {
    input: async (cast) => ({ activityId: (await registrationScene(cast)).activity.id }),
    expected: staffOnly,
    output: () => ZParticipantsPage,
  },
  "registration.history": {
    input: async (cast) => ({ registrationId: (await registrationScene(cast)).registration.id }),
    expected: staffOnly,
    output: () => ZHistory,
  },
  "registration.approve": {
    input: async (cast) => {
      const { registration } = await registrationScene(cast, { mode: "APPROVAL", status: "PENDING" });
      return { registrationId: registration.id, version: 1, reason: "Welcome" };
    },
    expected: editorsOnly,
    output: () => ZTransition,
    isMutation: true,
  },
  "registration.reject": {
    input: async (cast) => {
      const { registration } = await registrationScene(cast, { mode: "APPROVAL", status: "PENDING" });
      return { registrationId: registration.id, version: 1, reason: "The seats are for delegates" };
    },
    expected: editorsOnly,
    output: () => ZTransition,
    isMutation: true,
  },
  "registration.withdraw": {
    input: async (cast) => ({ registrationId: (await registrationScene(cast)).registration.id, version: 1 }),
    expected: editorsOnly,
    output: () => ZTransition,
    isMutation: true,
  },
  "registration.restore": {
    input: async (cast) => ({
      registrationId: (await registrationScene(cast, { status: "WITHDRAWN" })).registration.id,
      version: 1,
    }),
    expected: editorsOnly,
    output: () => ZTransition,
    isMutation: true,
  },
  "registration.resendLink": {
    input: async (cast) => ({ registrationId: (await registrationScene(cast)).registration.id }),
    expected: editorsOnly,
    output: () => z.object({ sent: z.literal(true) }).strict(),
    isMutation: true,
  },
  "registration.mine": {
    input: () => undefined,
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () => z.array(ZRegistrationView),
  },
  // The private link opens the registration to whoever holds it, signed in or not.
  "registration.byToken": {
    input: async (cast) => ({ token: (await registrationScene(cast)).registration.token }),
    expected: everyone("ok"),
    output: () => ZByToken,
  },
  "registration.updateByToken": {
    input: async (cast) => ({
      token: (await registrationScene(cast)).registration.token,
      version: 1,
      answers: { ...noAnswers, role: "Director" },
    }),
    expected: everyone("ok"),
    output: () => z.object({ version: z.literal(2) }).strict(),
    isMutation: true,
  },
  "registration.withdrawByToken": {
    input: async (cast) => ({ token: (await registrationScene(cast)).registration.token, version: 1 }),
    expected: everyone("ok"),
    output: () => ZTransition,
    isMutation: true,
  },
  "registration.restoreByToken": {
    input: async (cast) => ({
      token: (await registrationScene(cast, { status: "WITHDRAWN" })).registration.token,
      version: 1,
    }),
    expected: everyone("ok"),
    output: () => ZTransition,
    isMutation: true,
  },
  // Duplicate-effort warnings: for the planning process's editors, and an activity's hosts' staff.
  "duplicateEffort.forPlan": {
    input: (cast) => ({ rcpId: cast.rcp.id, themes: ["labour-migration"], startDate: "2043-05-12" }),
    expected: editorsOnly,
    output: () => ZDuplicateAnswer.extend({ activityId: z.null() }),
  },
  "duplicateEffort.forActivity": {
    input: async (cast) => ({ activityId: (await hostsOnlyActivity(cast)).id }),
    expected: staffOnly,
    output: () => ZDuplicateAnswer.extend({ activityId: z.string().min(1) }),
  },
  // Recommendations and follow-up, on a hosts-only outcome of the cast's RCP.
  "recommendation.listByDocument": {
    input: async (cast) => ({ documentId: (await hostsRecommendation(cast)).documentId }),
    expected: { ...staffOnly, anonymous: "NOT_FOUND" },
    output: (_, actor) =>
      ZRecommendationPage.extend({
        items: z.array(z.object({ number: z.literal(1) }).loose()).length(1),
        canEdit: z.literal(actor === "editor" || actor === "admin"),
        document: z.object({ kind: z.literal("RECOMMENDATIONS") }).loose(),
        actingHosts: z
          .array(z.object({ id: z.string() }).loose())
          .length(actor === "editor" || actor === "admin" ? 1 : 0),
        // Documents to cite as evidence: the outcome itself, for those who record follow-up only.
        evidenceDocuments: z
          .array(z.object({ id: z.string(), title: z.string() }).loose())
          .length(actor === "editor" || actor === "admin" ? 1 : 0),
      }),
  },
  "recommendation.progress": {
    input: async (cast) => ({ documentId: (await hostsRecommendation(cast)).documentId }),
    expected: { ...staffOnly, anonymous: "NOT_FOUND" },
    output: () =>
      z.object({ total: z.literal(1), counts: z.object({ NOT_STARTED: z.literal(1) }).strict() }).strict(),
  },
  "recommendation.history": {
    input: async (cast) => ({ recommendationId: (await hostsRecommendation(cast)).id }),
    expected: { ...staffOnly, anonymous: "NOT_FOUND" },
    output: () => z.array(z.unknown()).length(0),
  },
  "recommendation.create": {
    input: async (cast) => ({ documentId: (await hostsOutcome(cast)).id, data: recommendationFields }),
    expected: editorsOnly,
    output: () => z.object({ id: z.string(), number: z.literal(2), version: z.literal(1) }).strict(),
    isMutation: true,
  },
  "recommendation.createMany": {
    input: async (cast) => ({
      documentId: (await hostsOutcome(cast)).id,
      language: "en",
      themes: [],
      text: "1. Share data\n2. Train border staff",
    }),
    expected: editorsOnly,
    output: () => z.object({ created: z.literal(2) }).strict(),
    isMutation: true,
  },
  "recommendation.update": {
    input: async (cast) => ({
      recommendationId: (await hostsRecommendation(cast)).id,
      version: 1,
      data: recommendationFields,
    }),
    expected: editorsOnly,
    output: () => z.object({ version: z.literal(2) }).strict(),
    isMutation: true,
  },
  "recommendation.remove": {
    input: async (cast) => ({ recommendationId: (await hostsRecommendation(cast)).id, version: 1 }),
    expected: editorsOnly,
    output: () => z.object({ deleted: z.literal(true) }).strict(),
    isMutation: true,
  },
  "recommendation.setStatus": {
    input: async (cast) => ({
      recommendationId: (await hostsRecommendation(cast)).id,
      version: 1,
      data: {
        status: "IN_PROGRESS",
        rcpId: cast.rcp.id,
        memberStates: [],
        evidenceText: "A working group met",
        evidenceUrl: "https://example.org/minutes",
        evidenceDocumentId: "",
        date: "2026-11-30",
        visibility: "HOSTS",
      },
    }),
    expected: editorsOnly,
    output: () => z.object({ id: z.string(), version: z.literal(2) }).strict(),
    isMutation: true,
  },
  "recommendation.openByRcp": {
    input: async (cast) => {
      await hostsRecommendation(cast);
      return { slug: cast.rcp.slug };
    },
    expected: everyone("ok"),
    // Hosts-only: the cast's staff and administrators see it, no one else.
    output: (_, actor) =>
      ZRecommendationPage.extend({
        items: z
          .array(z.unknown())
          .min(["viewer", "editor", "admin"].includes(actor) ? 1 : 0)
          .max(["viewer", "editor", "admin"].includes(actor) ? 50 : 0),
      }),
  },
  "recommendation.byTheme": {
    input: async () => ({ theme: (await testDb().theme.findFirstOrThrow({ select: { slug: true } })).slug }),
    expected: everyone("ok"),
    output: () => ZRecommendationPage,
  },
  "duplicateEffort.listPairs": {
    input: () => undefined,
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () =>
      z.array(
        z
          .object({ a: z.object({ slug: z.string() }).loose(), b: z.object({ slug: z.string() }).loose() })
          .loose(),
      ),
  },
  "rcp.listStaff": {
    input: (cast) => ({ slug: cast.rcp.slug }),
    expected: staffOnly,
    output: (cast) => ZStaffPage.extend({ rcp: ZStaffPage.shape.rcp.extend({ id: z.literal(cast.rcp.id) }) }),
  },
  // A new viewer of the cast's RCP each time: the cast keeps its own roles.
  "rcp.setStaffRole": {
    input: async (cast) => ({ rcpId: cast.rcp.id, userId: (await newColleague(cast)).id, role: "EDITOR" }),
    expected: editorsOnly,
    output: () => z.object({ userId: z.string().min(1), role: z.literal("EDITOR") }).strict(),
    isMutation: true,
  },
  "rcp.removeStaff": {
    input: async (cast) => ({ rcpId: cast.rcp.id, userId: (await newColleague(cast)).id }),
    expected: editorsOnly,
    output: () => z.object({ userId: z.string().min(1) }).strict(),
    isMutation: true,
  },
  "invitation.create": {
    input: (cast) => ({ email: newEmail(), locale: "en", rcp: { rcpId: cast.rcp.id, role: "VIEWER" } }),
    expected: editorsOnly,
    output: () =>
      z.object({ id: z.string().min(1), isMailSent: z.boolean(), isKeptInOutbox: z.boolean() }).strict(),
    isMutation: true,
  },
  "invitation.listPending": {
    input: (cast) => ({ rcpId: cast.rcp.id }),
    expected: editorsOnly,
    output: (cast) =>
      z.array(ZOpenInvitation.extend({ rcp: z.object({ id: z.literal(cast.rcp.id) }).loose() })).min(1),
  },
  "invitation.resend": {
    input: async (cast) => ({ id: (await openInvitation(cast)).id }),
    expected: editorsOnly,
    output: () => z.object({ isMailSent: z.boolean(), isKeptInOutbox: z.boolean() }).strict(),
    isMutation: true,
  },
  "invitation.revoke": {
    input: async (cast) => ({ id: (await openInvitation(cast)).id }),
    expected: editorsOnly,
    output: () => z.object({ id: z.string().min(1) }).strict(),
    isMutation: true,
  },
  // The link is the credential: whoever holds it may read and accept it, signed in or not.
  "invitation.get": {
    input: async (cast) => ({ token: (await openInvitation(cast)).token }),
    expected: everyone("ok"),
    output: () => ZInvitationView.extend({ rcp: ZInvitationView.shape.rcp.unwrap() }),
  },
  "invitation.accept": {
    input: async (cast) => ({
      token: (await openInvitation(cast)).token,
      name: "Invited Colleague",
      password: "lanterns over a quiet harbour",
      locale: "en",
    }),
    expected: everyone("ok"),
    output: (cast) => z.object({ email: z.email(), rcpSlug: z.literal(cast.rcp.slug) }).strict(),
  },
  "auth.requestPasswordReset": {
    input: (cast) => ({ email: cast.users.viewer.email }),
    expected: everyone("ok"),
    output: () => z.object({ isRequested: z.literal(true) }).strict(),
  },
  "auth.resetPassword": {
    input: async () => {
      const { token } = await createPasswordReset((await createUser()).id);
      return { token, password: "lanterns over a quiet harbour" };
    },
    expected: everyone("ok"),
    output: () => z.object({ email: z.email() }).strict(),
  },
  "admin.listUsers": {
    input: () => ({ q: "example.org" }),
    expected: adminsOnly,
    output: () => ZAccountsPage,
  },
  "admin.disableUser": {
    input: ({ targets }) => ({ userId: targets.toDisable.id }),
    expected: adminsOnly,
    output: ({ targets }) => ZAccount.extend({ id: z.literal(targets.toDisable.id), disabledAt: z.date() }),
    isMutation: true,
  },
  "admin.enableUser": {
    input: ({ targets }) => ({ userId: targets.toEnable.id }),
    expected: adminsOnly,
    output: ({ targets }) => ZAccount.extend({ id: z.literal(targets.toEnable.id), disabledAt: z.null() }),
    isMutation: true,
  },
  "admin.setPlatformRole": {
    input: ({ targets }) => ({ userId: targets.toPromote.id, role: "ADMIN" }),
    expected: adminsOnly,
    output: ({ targets }) =>
      ZAccount.extend({ id: z.literal(targets.toPromote.id), platformRole: z.literal("ADMIN") }),
    isMutation: true,
  },
  "admin.setRcpRole": {
    // Into the cast's own RCP: its editor must not be able to hand out roles there either.
    input: ({ rcp, targets }) => ({ userId: targets.toGiveRole.id, rcpId: rcp.id, role: "EDITOR" }),
    expected: adminsOnly,
    output: ({ rcp, targets }) =>
      ZAccount.extend({ id: z.literal(targets.toGiveRole.id) }).refine((account) =>
        account.rcpRoles.some((staff) => staff.rcp.id === rcp.id && staff.role === "EDITOR"),
      ),
    isMutation: true,
  },
  "admin.removeRcpRole": {
    input: ({ rcp, targets }) => ({ userId: targets.toRemoveRole.id, rcpId: rcp.id }),
    expected: adminsOnly,
    output: ({ rcp, targets }) =>
      ZAccount.extend({ id: z.literal(targets.toRemoveRole.id) }).refine((account) =>
        account.rcpRoles.every((staff) => staff.rcp.id !== rcp.id),
      ),
    isMutation: true,
  },
  // Only administrators, and only where mail is kept in the database (the test callers' mailer).
  "admin.listOutbox": {
    input: () => ({ page: 1 }),
    expected: { ...everyone("NOT_FOUND"), anonymous: "UNAUTHORIZED", admin: "ok" },
    output: () =>
      z.strictObject({
        total: z.number().int().min(0),
        page: z.literal(1),
        pages: z.number().int().min(1),
        messages: z.array(
          z.strictObject({
            id: z.string(),
            to: z.string(),
            subject: z.string(),
            text: z.string(),
            createdAt: z.date(),
          }),
        ),
      }),
  },
  "admin.listInvitations": {
    input: () => ({ page: 1 }),
    expected: adminsOnly,
    output: () => ZInvitationsPage,
  },
  "admin.listRcps": { input: () => undefined, expected: adminsOnly, output: () => z.array(ZAdminRcp).min(1) },
  "admin.createRcp": {
    input: ({ targets }) => ({
      slug: targets.newSlug,
      name: "Matrix Consultative Process",
      shortName: "Matrix RCP",
      yearEstablished: 2010,
      region: "THEMATIC",
      secretariatKind: "NONE",
    }),
    expected: adminsOnly,
    output: ({ targets }) => ZAdminRcp.extend({ slug: z.literal(targets.newSlug), archivedAt: z.null() }),
    isMutation: true,
  },
  "admin.listOrganisations": {
    input: () => undefined,
    expected: adminsOnly,
    output: () => z.array(ZAdminOrganisation).min(1),
  },
  "admin.updateOrganisationAcronyms": {
    input: ({ targets }) => ({ id: targets.organisation.id, data: { fr: "OIM", es: "" } }),
    expected: adminsOnly,
    output: ({ targets }) =>
      ZAdminOrganisation.extend({
        id: z.literal(targets.organisation.id),
        localizedAcronyms: z.object({ fr: z.literal("OIM") }).strict(),
      }),
    isMutation: true,
  },
  "admin.archiveRcp": {
    input: ({ targets }) => ({ rcpId: targets.toArchive.id }),
    expected: adminsOnly,
    output: ({ targets }) => ZAdminRcp.extend({ id: z.literal(targets.toArchive.id), archivedAt: z.date() }),
    isMutation: true,
  },
  "admin.unarchiveRcp": {
    input: ({ targets }) => ({ rcpId: targets.toUnarchive.id }),
    expected: adminsOnly,
    output: ({ targets }) =>
      ZAdminRcp.extend({ id: z.literal(targets.toUnarchive.id), archivedAt: z.null() }),
    isMutation: true,
  },
  "admin.listAuditLog": {
    input: (cast) => ({ rcpId: cast.rcp.id }),
    expected: adminsOnly,
    output: () => ZAuditPage,
  },
  "admin.listAuditActions": {
    input: () => undefined,
    expected: adminsOnly,
    output: () => z.array(z.string()),
  },
  // Mail the job queue has not delivered (recipients and subjects, never bodies).
  "admin.listMail": {
    input: () => ({ view: "failed", page: 1 }),
    expected: adminsOnly,
    output: () =>
      z.strictObject({
        view: z.literal("failed"),
        counts: z.strictObject({ failed: z.number().int().min(0), waiting: z.number().int().min(0) }),
        page: z.literal(1),
        pages: z.number().int().min(1),
        maxAttempts: z.number().int().min(1),
        messages: z.array(
          z.strictObject({
            id: z.string(),
            to: z.string(),
            subject: z.string(),
            status: z.literal("FAILED"),
            attempts: z.number().int(),
            lastError: z.string().nullable(),
            createdAt: z.date(),
            updatedAt: z.date(),
            nextAttemptAt: z.date(),
          }),
        ),
      }),
  },
  "admin.retryMail": {
    input: async () => ({ id: (await createFailedMail()).id }),
    expected: adminsOnly,
    output: () =>
      z.strictObject({
        id: z.string(),
        to: z.string(),
        status: z.literal("QUEUED"),
        attempts: z.number().int(),
        nextAttemptAt: z.date(),
      }),
    isMutation: true,
  },
  "rcp.getEditable": {
    input: (cast) => ({ rcpId: cast.rcp.id }),
    expected: staffOnly,
    output: (cast) => ZEditable.extend({ id: z.literal(cast.rcp.id) }),
  },
  "rcp.listRevisions": {
    input: (cast) => ({ rcpId: cast.rcp.id }),
    expected: staffOnly,
    output: () => ZRevisionsPage,
  },
  // Current version and valid data: a refusal can only come from who is asking.
  "rcp.update": {
    input: (cast) =>
      changed(cast.rcp.id, (data) => {
        data.shortName = `Matrix edit ${++editCount}`;
      }),
    expected: editorsOnly,
    output: () => ZSavedProfile,
    isMutation: true,
  },
  "rcp.restoreRevision": {
    input: async (cast) => {
      const admin = cast.users.admin;
      const saved = await saveChange(cast.rcp.id, admin.id, (data) => {
        data.acronym = `M${++editCount}`;
      });
      return { rcpId: cast.rcp.id, version: saved.version, revisionVersion: saved.version - 1 };
    },
    expected: editorsOnly,
    output: () => ZSavedProfile,
    isMutation: true,
  },
  // Calendars: the personal feed is each signed-in person's own.
  "calendar.getPersonalFeed": {
    input: () => undefined,
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () => z.object({ createdAt: z.date().nullable() }).strict(),
  },
  "calendar.resetPersonalFeed": {
    input: () => undefined,
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () => z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }).strict(),
    isMutation: true,
  },
  // Search: open to everyone; what each finds is their tier's (search.test.ts holds the markers).
  "search.query": {
    input: () => ({ q: "Budapest", locale: "en" }),
    expected: everyone("ok"),
    output: () => ZSearchPage,
  },
  // Follows and notifications: each signed-in person's own.
  "follow.list": {
    input: () => ({ locale: "fr" }),
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () =>
      z.array(
        z
          .object({
            targetType: z.enum(["RCP", "THEME", "COUNTRY"]),
            targetId: z.string(),
            name: z.string().min(1),
            path: z.string().startsWith("/"),
            createdAt: z.date(),
          })
          .strict(),
      ),
  },
  "follow.listChoices": {
    input: () => ({ locale: "es" }),
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () =>
      z
        .array(
          z
            .object({
              targetType: z.enum(["RCP", "THEME", "COUNTRY"]),
              targetId: z.string(),
              name: z.string().min(1),
            })
            .strict(),
        )
        .min(1),
  },
  "follow.add": {
    input: async () => ({ targetType: "RCP", targetId: (await createRcp()).id }),
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () => z.undefined(),
    isMutation: true,
  },
  "follow.remove": {
    input: async (cast) => {
      await notificationScene(cast);
      return { targetType: "RCP", targetId: cast.otherRcp.id };
    },
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () => z.undefined(),
    isMutation: true,
  },
  "notification.unreadCount": {
    input: async (cast) => {
      await notificationScene(cast);
      return undefined;
    },
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () => z.object({ count: z.number().int().min(1).max(99), isMore: z.boolean() }).strict(),
  },
  "notification.list": {
    input: async (cast) => {
      await notificationScene(cast);
      return { limit: 5 };
    },
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () =>
      z
        .object({
          items: z
            .array(
              z
                .object({
                  id: z.string().regex(/^[0-9]+$/),
                  kind: z.string(),
                  createdAt: z.date(),
                  isRead: z.boolean(),
                  sentence: z
                    .array(
                      z
                        .object({
                          text: z.string(),
                          href: z.string().optional(),
                          lang: z.string().optional(),
                        })
                        .strict(),
                    )
                    .min(1),
                })
                .strict(),
            )
            .min(1),
          nextCursor: z.string().nullable(),
        })
        .strict(),
  },
  "notification.markRead": {
    input: notificationScene,
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () => z.undefined(),
    isMutation: true,
  },
  "notification.markAllRead": {
    input: async (cast) => {
      await notificationScene(cast);
      return undefined;
    },
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () => z.undefined(),
    isMutation: true,
  },
  // Peer updates by email: each signed-in person's own choice; the unsubscribe link opens to whoever holds it.
  "emailPreference.get": {
    input: () => undefined,
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () => z.object({ frequency: z.enum(EMAIL_FREQUENCIES), followCount: z.number().int() }).strict(),
  },
  "emailPreference.save": {
    input: () => ({ frequency: "DAILY" }),
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () => z.object({ frequency: z.literal("DAILY") }).strict(),
    isMutation: true,
  },
  "emailPreference.byToken": {
    input: (cast) => ({ token: unsubscribeToken(cast.users.viewer.id) }),
    expected: everyone("ok"),
    output: (cast) => z.object({ email: z.literal(cast.users.viewer.email), isOff: z.boolean() }).strict(),
  },
  // Peer updates: every signed-in person has a feed; what it holds is decided per event (peer-feed.test.ts).
  "feed.list": {
    input: () => ({ locale: "en" }),
    expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" },
    output: () =>
      z
        .object({
          items: z.array(
            z
              .object({
                id: z.string().regex(/^[1-9][0-9]*$/),
                kind: z.string(),
                createdAt: z.date(),
                sentence: z.array(
                  z
                    .object({ text: z.string(), href: z.string().optional(), lang: z.string().optional() })
                    .strict(),
                ),
                reasons: z.array(z.string()),
              })
              .strict(),
          ),
          nextBefore: z.string().nullable(),
          isEverything: z.boolean(),
        })
        .strict(),
  },
  // Focal points: personal data for secretariats; the cast's entries are for its own RCP only.
  "focalPoint.list": {
    input: async (cast) => {
      await focalPointScene(cast);
      return { slug: cast.rcp.slug };
    },
    expected: secretariats,
    output: (cast, actor) =>
      z
        .object({
          rcp: z.object({ slug: z.literal(cast.rcp.slug) }).loose(),
          canEdit: z.literal(actor === "editor" || actor === "admin"),
          // Another secretariat sees none of the cast's own-RCP entries.
          items: actor === "outsider" ? z.array(ZFocalPoint).length(0) : z.array(ZFocalPoint).min(1),
          representable: z.array(z.object({ code: z.string() }).loose()),
        })
        .strict(),
  },
  "focalPoint.byCountry": {
    input: async (cast) => {
      await focalPointScene(cast);
      return { code: FOCAL_COUNTRY };
    },
    expected: secretariats,
    output: (cast, actor) =>
      z
        .array(
          z
            .object({
              rcp: z.object({ slug: z.string() }).loose(),
              role: z.enum(["MEMBER", "OBSERVER"]),
              focalPoints: z.array(ZFocalPoint),
            })
            .strict(),
        )
        .refine(
          (entries) =>
            entries.some(
              (entry) =>
                entry.rcp.slug === cast.rcp.slug &&
                (actor === "outsider") === (entry.focalPoints.length === 0),
            ),
          "the cast's process, with its entries exactly for its staff",
        ),
  },
  "focalPoint.create": {
    input: async (cast) => {
      await focalPointScene(cast);
      return { rcpId: cast.rcp.id, data: focalPointInput() };
    },
    expected: editorsOnly,
    output: () => z.object({ id: z.string(), version: z.literal(1) }).strict(),
    isMutation: true,
  },
  "focalPoint.update": {
    input: async (cast) => ({
      focalPointId: await focalPointScene(cast),
      version: 1,
      data: focalPointInput(),
    }),
    expected: editorsOnly,
    output: () => z.object({ id: z.string(), version: z.literal(2) }).strict(),
    isMutation: true,
  },
  "focalPoint.end": {
    input: async (cast) => ({ focalPointId: await focalPointScene(cast), version: 1, endedAt: "2030-01-01" }),
    expected: editorsOnly,
    output: () => z.object({ id: z.string(), version: z.literal(2) }).strict(),
    isMutation: true,
  },
  "focalPoint.remove": {
    input: async (cast) => ({ focalPointId: await focalPointScene(cast), version: 1 }),
    expected: editorsOnly,
    output: () => z.object({ removed: z.literal(true) }).strict(),
    isMutation: true,
  },
};

const FOCAL_COUNTRY = "TR";

/** A focal point as procedures answer it. */
const ZFocalPoint = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string(),
    agency: z.string(),
    email: z.string(),
    phone: z.string(),
    languages: z.array(z.string()),
    since: z.string(),
    endedAt: z.string(),
    visibility: z.enum(["ALL_SECRETARIATS", "OWN_RCP"]),
    createdAt: z.date(),
    addedBy: z.string().nullable(),
    version: z.number().int(),
    participant: z.object({ code: z.string(), kind: z.string() }).loose(),
  })
  .strict();

const focalPointInput = () => ({
  participantCode: FOCAL_COUNTRY,
  name: `Focal ${randomUUID().slice(0, 8)}`,
  title: "",
  agency: "Ministry of Interior",
  email: "focal@example.gov.tr",
  phone: "",
  languages: ["tr"],
  since: "2024-01-01",
  endedAt: "",
  visibility: "OWN_RCP" as const,
});

/** Türkiye a member of the cast's RCP, and a fresh focal point for its own RCP only (its id). */
async function focalPointScene(cast: TCast) {
  const participant = await testDb().participant.findUniqueOrThrow({
    where: { code: FOCAL_COUNTRY },
    select: { id: true },
  });
  await testDb().membership.upsert({
    where: {
      rcpId_participantId_role: { rcpId: cast.rcp.id, participantId: participant.id, role: "MEMBER" },
    },
    create: { rcpId: cast.rcp.id, participantId: participant.id, role: "MEMBER" },
    update: {},
  });
  const { participantCode: _code, since, ...data } = focalPointInput();
  const created = await testDb().focalPoint.create({
    data: {
      ...data,
      rcpId: cast.rcp.id,
      participantId: participant.id,
      since: new Date(`${since}T00:00:00Z`),
      endedAt: null,
    },
    select: { id: true },
  });
  return created.id;
}

/**
 * Every signed-in member of the cast follows the cast's other RCP, which then does something
 * public: one notification for each of them, whose id is returned.
 */
async function notificationScene(cast: TCast) {
  const userIds = Object.values(cast.users).flatMap((user) => (user ? [user.id] : []));
  await testDb().follow.createMany({
    data: userIds.map((userId) => ({ userId, targetType: "RCP" as const, targetId: cast.otherRcp.id })),
    skipDuplicates: true,
  });
  await recordPeerEvents(testDb(), [
    { kind: "PRIORITIES_CHANGED", actorId: null, rcpId: cast.otherRcp.id, rcpIds: [] },
  ]);
  const event = await testDb().peerEvent.findFirstOrThrow({
    where: { rcpId: cast.otherRcp.id },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return { eventId: event.id.toString() };
}

/** Accounts and RCPs the administrators' mutations act on, apart from the cast so the cast keeps its rights. */
async function createTargets(rcpId: string) {
  const [toArchive, toUnarchive, organisation] = await Promise.all([
    createRcp(),
    createRcp(),
    createOrganisation(),
  ]);
  await testDb().rcp.update({ where: { id: toUnarchive.id }, data: { archivedAt: new Date() } });
  const [toDisable, toEnable, toPromote, toGiveRole, toRemoveRole] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    createUser(),
    createUser({ staff: [{ rcpId, role: "VIEWER" }] }),
  ]);
  await testDb().user.update({ where: { id: toEnable.id }, data: { disabledAt: new Date() } });
  return {
    toArchive,
    toUnarchive,
    organisation,
    toDisable,
    toEnable,
    toPromote,
    toGiveRole,
    toRemoveRole,
    newSlug: `matrix-${toArchive.slug}`,
  };
}

let cast: TCast;
beforeAll(async () => {
  const base = await createCast();
  cast = { ...base, targets: await createTargets(base.rcp.id) };
});

const procedures = Object.keys((appRouter._def as { procedures: Record<string, unknown> }).procedures);

describe("authorization matrix", () => {
  it("has a row for every procedure of the router", () => {
    expect(procedures.sort()).toEqual(Object.keys(authorizationTable).sort());
  });

  describe.each(Object.entries(authorizationTable))("%s", (path, row) => {
    it.each(ACTORS)("as %s", async (actor) => {
      const input: unknown = await row.input(cast);
      const before = row.isMutation ? await fingerprint() : null;
      const { outcome, output } = await call(path, actor, input);
      expect(outcome).toBe(row.expected[actor]);
      if (outcome === "ok") {
        const parsed = row.output(cast, actor).safeParse(output);
        expect(
          parsed.error?.issues ?? [],
          `${path} as ${actor} answered ${JSON.stringify(output)?.slice(0, 500)}`,
        ).toEqual([]);
      }
      if (before && outcome !== "ok") expect(await fingerprint()).toEqual(before);
    });
  });
});

async function call(
  path: string,
  actor: TActor,
  input: unknown,
): Promise<{ outcome: string; output?: unknown }> {
  const caller = callerFor(cast.users[actor]) as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<unknown>>
  >;
  const [namespace, name] = path.split(".") as [string, string];
  try {
    return { outcome: "ok", output: await caller[namespace]![name]!(input) };
  } catch (error) {
    return { outcome: (error as { code?: string }).code ?? String(error) };
  }
}

/**
 * What a denied call must leave untouched: the cast's and the targets' RCPs and accounts, their
 * staff, revisions and invitations, the audit log and any RCP a denied call might have created.
 */
async function fingerprint() {
  const db = testDb();
  // Scoped to the cast: other test files write to the same database at the same time.
  const { targets } = cast;
  const targetUsers = [
    targets.toDisable,
    targets.toEnable,
    targets.toPromote,
    targets.toGiveRole,
    targets.toRemoveRole,
  ];
  const userIds = [
    ...Object.values(cast.users).flatMap((user) => (user ? [user.id] : [])),
    ...targetUsers.map((user) => user.id),
  ];
  const rcpIds = [cast.rcp.id, cast.otherRcp.id, targets.toArchive.id, targets.toUnarchive.id];
  const [rcps, users, staff, revisions, audit, invitations, hosting, registration, focalPoints] =
    await Promise.all([
      db.rcp.findMany({
        where: { OR: [{ id: { in: rcpIds } }, { slug: targets.newSlug }] },
        orderBy: { id: "asc" },
      }),
      db.user.findMany({ where: { id: { in: userIds } }, orderBy: { id: "asc" } }),
      db.rcpStaff.findMany({
        where: { OR: [{ rcpId: { in: rcpIds } }, { userId: { in: userIds } }] },
        orderBy: [{ rcpId: "asc" }, { userId: "asc" }],
      }),
      db.rcpRevision.count({ where: { rcpId: { in: rcpIds } } }),
      db.auditLog.count({ where: { OR: [{ rcpId: { in: rcpIds } }, { actorId: { in: userIds } }] } }),
      db.invitation.findMany({
        where: { OR: [{ rcpId: { in: rcpIds } }, { invitedById: { in: userIds } }] },
        orderBy: { id: "asc" },
        select: { id: true, tokenHash: true, expiresAt: true, acceptedAt: true, revokedAt: true },
      }),
      // Who hosts or is invited to host the activities the rows make.
      db.activityRcp.findMany({
        where: { rcpId: { in: rcpIds } },
        orderBy: [{ activityId: "asc" }, { rcpId: "asc" }],
      }),
      registrationFingerprint(rcpIds),
      db.focalPoint.findMany({ where: { rcpId: { in: rcpIds } }, orderBy: { id: "asc" } }),
    ]);
  const recommendations = await recommendationFingerprint(rcpIds);
  return {
    rcps,
    users,
    staff,
    revisions,
    audit,
    invitations,
    hosting,
    registration,
    focalPoints,
    notifications: await notificationFingerprint(userIds),
    recommendations,
  };
}

/** Recommendations of the activities the cast's RCPs host, and their follow-up. */
async function recommendationFingerprint(rcpIds: string[]) {
  const db = testDb();
  return db.recommendation.findMany({
    where: { document: { activity: { hostRcpIds: { hasSome: rcpIds } } } },
    orderBy: { id: "asc" },
    include: { themes: true, followUps: { orderBy: { id: "asc" } } },
  });
}

/** The cast's follows and what they have read. */
async function notificationFingerprint(userIds: string[]) {
  const db = testDb();
  const [follows, watermarks, reads] = await Promise.all([
    db.follow.findMany({
      where: { userId: { in: userIds } },
      orderBy: [{ userId: "asc" }, { targetType: "asc" }, { targetId: "asc" }],
    }),
    db.notificationWatermark.findMany({ where: { userId: { in: userIds } }, orderBy: { userId: "asc" } }),
    db.notificationRead.findMany({
      where: { userId: { in: userIds } },
      orderBy: [{ userId: "asc" }, { eventId: "asc" }],
    }),
  ]);
  return { follows, watermarks, reads };
}

/** Registration of the activities the cast's RCPs host: settings, registrations, transitions, mail. */
async function registrationFingerprint(rcpIds: string[]) {
  const db = testDb();
  const hosted = { activity: { rcps: { some: { rcpId: { in: rcpIds } } } } };
  const [settings, registrations, events, mails] = await Promise.all([
    db.registrationSettings.findMany({ where: hosted, orderBy: { activityId: "asc" } }),
    db.registration.findMany({ where: hosted, orderBy: { id: "asc" } }),
    db.registrationEvent.count({ where: { registration: hosted } }),
    db.mailDelivery.count({ where: { idempotencyKey: { startsWith: "registration:" } } }),
  ]);
  return { settings, registrations, events, mails };
}
