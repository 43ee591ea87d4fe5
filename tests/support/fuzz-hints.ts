// What the fuzz test cannot read from a procedure's zod schema: which actor may call it, and the
// real ids, tokens and values behind its fields. Every procedure of the router needs an entry;
// the fuzz test fails, naming it, for one without.
import fc from "fast-check";
import { unsubscribeToken } from "~/server/peer-mail/unsubscribe-token";
import type { TActor, TFuzzWorld } from "./fuzz-world";
import type { TPath } from "./zod-arbitrary";

/** A value read or made at the moment of the call (the current version, a fresh invitation). */
export class Live {
  constructor(readonly get: () => Promise<unknown>) {}
}
const live = (get: () => Promise<unknown>) => fc.constant(new Live(get));

export async function resolveLive(value: unknown): Promise<unknown> {
  if (value instanceof Live) return value.get();
  // A value, not a container: taken apart it would arrive as {}.
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return Promise.all(value.map(resolveLive));
  if (typeof value === "object" && value !== null) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, item]) => [key, await resolveLive(item)]),
    );
    return Object.fromEntries(entries) as unknown;
  }
  return value;
}

type TField = fc.Arbitrary<unknown> | ((derived: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown>);
export type THint = {
  /** Who may call it: valid inputs are sent as these actors, and most must be accepted. */
  actors: readonly TActor[];
  /** By path in the input: keys, "[]" for array elements, "*" for any one segment. */
  fields?: Record<string, TField>;
};

/** The arbitrary a hint gives for a path, if any. */
export function hintAt(hint: THint, path: TPath, derived: () => fc.Arbitrary<unknown>) {
  const entry = Object.entries(hint.fields ?? {}).find(([pattern]) => {
    const parts = pattern.split(".");
    return parts.length === path.length && parts.every((part, index) => part === "*" || part === path[index]);
  });
  if (!entry) return undefined;
  const field = entry[1];
  return typeof field === "function" ? field(derived()) : field;
}

const everyone: readonly TActor[] = ["anonymous", "outsider", "viewer", "editor", "admin"];
const signedIn: readonly TActor[] = ["outsider", "viewer", "editor", "admin"];
const staff: readonly TActor[] = ["viewer", "editor", "admin"];
const editors: readonly TActor[] = ["editor", "admin"];
const admins: readonly TActor[] = ["admin"];

const WORDS = [
  "harbour",
  "lantern",
  "quiet",
  "meadow",
  "copper",
  "violet",
  "orbit",
  "tundra",
  "saffron",
  "ember",
];
const passphrase = fc
  .array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 6 })
  .map((words) => words.join(" "));
const uniqueEmail = fc.uuid().map((uuid) => `invitee-${uuid.slice(0, 13)}@fuzz.example`);
const day = fc.constantFrom("2004-01-01", "2026-12-07", "2030-06-30");
const partialDate = fc.constantFrom("", "1996", "2001-05", "2003-07-14", "2019-12-31");

export function fuzzHints(world: TFuzzWorld): Record<string, THint> {
  const own = fc.constant(world.own.id);
  const targetUser = fc.constantFrom(...world.targetUsers.map((u) => u.id));
  const targetRcp = fc.constantFrom(...world.targetRcps.map((r) => r.id));
  const code = fc.constantFrom(...world.participantCodes);
  const theme = fc.constantFrom(...world.themeSlugs);
  const slug = (derived: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...world.rcpSlugs) }, derived);
  const version = live(world.currentVersion);
  const freshActivity = live(async () => (await world.ownActivity()).id);
  const freshDocument = live(async () => (await world.ownDocument()).id);
  const freshOutcome = live(async () => (await world.ownOutcome()).id);
  const freshRecommendation = live(async () => (await world.ownOutcome()).recommendations[0]?.id);
  const recommendationFields = {
    "data.number": fc.integer({ min: 2, max: 9999 }),
    "data.text": fc.constantFrom(
      { en: "Share data on returns" },
      { fr: "Former le personnel", es: "Formar al personal" },
    ),
    "data.themes": fc.uniqueArray(theme, { maxLength: 3 }),
  };
  const documentFields = {
    "data.title": fc.constantFrom("Recommendations", "Déclaration finale"),
    "data.language": fc.constantFrom("en", "fr", "es"),
    "data.date": fc.constantFrom("", "2030-05-13"),
    // The fresh document's activity is for its hosts: a wider tier is refused, rightly.
    "data.visibility": fc.constant("HOSTS"),
  };
  const activityFields = {
    "activity.title.en": fc.constantFrom("Regional workshop on labour migration", "Atelier régional"),
    "activity.startDate": fc.constantFrom("2004", "2004-05", "2030-05-12"),
    "activity.endDate": fc.constantFrom("", "2030-05-14"),
    "activity.startTime": fc.constantFrom("", "09:30"),
    "activity.endTime": fc.constantFrom("", "17:00"),
    "activity.timeZone": fc.constantFrom("UTC", "Europe/Budapest", "Asia/Bangkok", "America/Mexico_City"),
    "activity.location": fc.constantFrom("Bangkok", "Perth, Australia"),
    "activity.countryCode": fc.constantFrom("", ...world.countryCodes.slice(0, 5)),
    "activity.themes": fc.uniqueArray(fc.constantFrom(...world.themeSlugs), { maxLength: 3 }),
    "activity.workingLanguages": fc.constantFrom([], ["en"], ["fr", "es"]),
  };
  return {
    "rcp.list": { actors: everyone },
    "rcp.listThemes": { actors: everyone },
    "rcp.get": { actors: everyone, fields: { slug } },
    "rcp.getOverlap": { actors: everyone },
    "rcp.listPeers": { actors: everyone, fields: { slug } },
    "rcp.listMatrixRows": { actors: everyone },
    "rcp.listFoundings": { actors: everyone },
    "rcp.listStaff": { actors: staff, fields: { slug: fc.constant(world.own.slug) } },
    "rcp.setStaffRole": { actors: editors, fields: { rcpId: own, userId: live(world.staffedTarget) } },
    "rcp.removeStaff": { actors: editors, fields: { rcpId: own, userId: live(world.staffedTarget) } },
    "rcp.getEditable": { actors: staff, fields: { rcpId: own } },
    "rcp.listRevisions": { actors: staff, fields: { rcpId: own } },
    "rcp.update": {
      actors: editors,
      fields: {
        rcpId: own,
        version,
        "data.website": fc.constantFrom("", "https://www.example.org/process"),
        "data.*.[].code": code,
        "data.*.[].start": partialDate,
        "data.*.[].end": partialDate,
        "data.mainAreaThemes.[]": theme,
        "data.priorityThemes.[]": theme,
      },
    },
    "rcp.restoreRevision": {
      actors: editors,
      fields: {
        rcpId: own,
        version,
        revisionVersion: live(async () => Math.max(1, (await world.currentVersion()) - 1)),
      },
    },
    "country.list": { actors: everyone },
    "country.get": {
      actors: everyone,
      fields: {
        code: (derived) =>
          fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...world.countryCodes) }, derived),
      },
    },
    "user.me": { actors: signedIn },
    "activity.listTimeline": { actors: everyone },
    "activity.list": {
      actors: everyone,
      fields: {
        rcp: slug,
        theme,
        country: fc.constantFrom(...world.countryCodes),
        from: day,
        to: day,
        "cursor.startDate": day,
      },
    },
    // Search: words people type, the filters' real values; ordering by from ≤ to is left to chance.
    "search.query": {
      actors: everyone,
      fields: {
        q: fc.constantFrom("migracion laboral", "Budapset", "MIDSA", "Swaziland", "workshop & (a | !b)"),
        rcp: slug,
        theme,
        from: day,
        to: day,
        page: fc.integer({ min: 1, max: 3 }),
      },
    },
    "activity.get": {
      actors: everyone,
      fields: { slug: live(async () => (await world.ownActivity()).slug) },
    },
    "activity.getEditable": { actors: editors, fields: { activityId: freshActivity } },
    "activity.create": { actors: editors, fields: { rcpId: own, ...activityFields } },
    "activity.update": {
      actors: editors,
      fields: { activityId: freshActivity, version: fc.constant(1), ...activityFields },
    },
    "activity.setStatus": { actors: editors, fields: { activityId: freshActivity, version: fc.constant(1) } },
    "activity.delete": { actors: editors, fields: { activityId: freshActivity, version: fc.constant(1) } },
    // Documents of activities.
    "activityDocument.list": { actors: everyone, fields: { activityId: freshActivity } },
    "activityDocument.update": {
      actors: editors,
      fields: { documentId: freshDocument, version: fc.constant(1), ...documentFields },
    },
    "activityDocument.delete": {
      actors: editors,
      fields: { documentId: freshDocument, version: fc.constant(1) },
    },
    // Recommendations and follow-up, on a fresh hosts-only outcome of the actors' RCP (numbers
    // from 2, as the outcome already carries number 1).
    "recommendation.listByDocument": { actors: staff, fields: { documentId: freshOutcome } },
    "recommendation.progress": { actors: staff, fields: { documentId: freshOutcome } },
    "recommendation.history": { actors: staff, fields: { recommendationId: freshRecommendation } },
    "recommendation.create": {
      actors: editors,
      fields: { documentId: freshOutcome, ...recommendationFields },
    },
    "recommendation.createMany": {
      actors: editors,
      fields: {
        documentId: freshOutcome,
        language: fc.constantFrom("en", "fr", "es"),
        themes: fc.uniqueArray(theme, { maxLength: 3 }),
        text: fc.constantFrom("2. Share data\n3) Train staff\non returns", "Preamble\n(5) Review visas"),
      },
    },
    "recommendation.update": {
      actors: editors,
      fields: { recommendationId: freshRecommendation, version: fc.constant(1), ...recommendationFields },
    },
    "recommendation.remove": {
      actors: editors,
      fields: { recommendationId: freshRecommendation, version: fc.constant(1) },
    },
    "recommendation.setStatus": {
      actors: editors,
      fields: {
        recommendationId: freshRecommendation,
        version: fc.constant(1),
        "data.rcpId": own,
        "data.memberStates":
          world.memberStateCodes.length > 0
            ? fc.uniqueArray(fc.constantFrom(...world.memberStateCodes), { maxLength: 2 })
            : fc.constant([]),
        "data.evidenceText": fc.constantFrom("", "A law was adopted"),
        "data.evidenceUrl": fc.constantFrom("", "https://example.org/report"),
        "data.evidenceDocumentId": fc.constant(""),
        "data.date": day,
        // The outcome is for its hosts: a wider tier is refused, rightly.
        "data.visibility": fc.constant("HOSTS"),
      },
    },
    "recommendation.openByRcp": { actors: everyone, fields: { slug } },
    "recommendation.byTheme": {
      actors: everyone,
      fields: { theme, rcp: (derived) => fc.oneof(fc.constantFrom(undefined, ...world.rcpSlugs), derived) },
    },
    // Joint activities: the actors' RCP and the other one host, invite or are invited.
    "coHost.listHosts": { actors: editors, fields: { activityId: freshActivity } },
    "coHost.listInvitations": { actors: staff, fields: { rcpId: own } },
    "coHost.invite": {
      actors: editors,
      fields: { activityId: freshActivity, rcpSlug: fc.constant(world.other.slug) },
    },
    "coHost.withdraw": {
      actors: editors,
      fields: {
        activityId: live(async () => (await world.jointActivity([world.own.id], [world.other.id])).id),
        rcpId: fc.constant(world.other.id),
      },
    },
    "coHost.accept": {
      actors: editors,
      fields: {
        rcpId: own,
        activityId: live(async () => (await world.jointActivity([world.other.id], [world.own.id])).id),
      },
    },
    "coHost.decline": {
      actors: editors,
      fields: {
        rcpId: own,
        activityId: live(async () => (await world.jointActivity([world.other.id], [world.own.id])).id),
      },
    },
    "coHost.leave": {
      actors: editors,
      fields: {
        rcpId: own,
        activityId: live(async () => (await world.jointActivity([world.own.id, world.other.id], [])).id),
      },
    },
    // Duplicate-effort warnings: the actors' RCP plans, or hosts the activity asked about.
    "duplicateEffort.forPlan": {
      actors: editors,
      fields: {
        rcpId: own,
        themes: fc.uniqueArray(theme, { minLength: 1, maxLength: 3 }),
        startDate: fc.constant("2030-05-12"),
        endDate: fc.constantFrom("2030-05-12", "2030-05-14"),
        // A plain id, not one made at the call: the schema's check across fields (the end not
        // before the start) filters whole inputs, which a value made later never passes. Any id
        // does: it only leaves that activity out.
        activityId: fc.constant(world.own.id),
      },
    },
    "duplicateEffort.forActivity": { actors: staff, fields: { activityId: freshActivity } },
    "duplicateEffort.listPairs": { actors: signedIn },
    "invitation.create": {
      actors: editors,
      fields: {
        email: uniqueEmail,
        "rcp.rcpId": own,
        // Editors invite to their RCP only; administrators are asked for both kinds.
        isPlatformAdmin: fc.constantFrom(false, false, false, true, undefined),
      },
    },
    "invitation.listPending": { actors: editors, fields: { rcpId: own } },
    "invitation.resend": {
      actors: editors,
      fields: { id: live(async () => (await world.openInvitation()).id) },
    },
    "invitation.revoke": {
      actors: editors,
      fields: { id: live(async () => (await world.openInvitation()).id) },
    },
    "invitation.get": {
      actors: everyone,
      fields: { token: live(async () => (await world.openInvitation()).token) },
    },
    "invitation.accept": {
      actors: everyone,
      fields: { token: live(async () => (await world.openInvitation()).token), password: passphrase },
    },
    "auth.requestPasswordReset": {
      actors: everyone,
      fields: { email: (derived) => fc.oneof(fc.constantFrom(...world.emails), derived) },
    },
    "auth.resetPassword": {
      actors: everyone,
      fields: { token: live(world.passwordResetToken), password: passphrase },
    },
    "admin.listUsers": {
      actors: admins,
      fields: { rcpId: fc.constantFrom("", world.own.id, world.other.id) },
    },
    "admin.disableUser": { actors: admins, fields: { userId: targetUser } },
    "admin.enableUser": { actors: admins, fields: { userId: targetUser } },
    "admin.setPlatformRole": { actors: admins, fields: { userId: targetUser } },
    "admin.setRcpRole": { actors: admins, fields: { userId: targetUser, rcpId: fc.oneof(own, targetRcp) } },
    "admin.removeRcpRole": { actors: admins, fields: { userId: live(world.staffedTarget), rcpId: own } },
    "admin.listInvitations": { actors: admins },
    "admin.listRcps": { actors: admins },
    "admin.listOutbox": { actors: admins },
    "admin.createRcp": {
      actors: admins,
      fields: {
        slug: fc.uuid().map((uuid) => `fuzz-${uuid.slice(0, 13)}`),
        yearEstablished: fc.oneof(fc.integer({ min: 1900, max: 2025 }), fc.constantFrom("1990", "2010")),
      },
    },
    "admin.archiveRcp": { actors: admins, fields: { rcpId: targetRcp } },
    "admin.unarchiveRcp": { actors: admins, fields: { rcpId: targetRcp } },
    "admin.listAuditLog": {
      actors: admins,
      fields: {
        rcpId: fc.constantFrom("", world.own.id),
        from: fc.constantFrom("", "2020-01-01"),
        to: fc.constantFrom("", "2030-12-31"),
      },
    },
    "admin.listAuditActions": { actors: admins },
    "admin.listOrganisations": { actors: admins },
    "admin.updateOrganisationAcronyms": { actors: admins, fields: { id: fc.constant(world.organisationId) } },
    // Mail the job queue has not delivered.
    "admin.listMail": { actors: admins, fields: { view: fc.constantFrom("failed", "waiting") } },
    "admin.retryMail": { actors: admins, fields: { id: live(world.failedMail) } },
    // Calendars.
    "calendar.getPersonalFeed": { actors: signedIn },
    "calendar.resetPersonalFeed": { actors: signedIn },
    // Peer updates by email.
    "emailPreference.get": { actors: signedIn },
    "emailPreference.save": { actors: signedIn },
    "emailPreference.byToken": {
      actors: everyone,
      fields: { token: fc.constant(unsubscribeToken(world.users.viewer.id)) },
    },
    // Peer updates: the cursor is an event id (digits only); anything else is refused by its schema.
    "feed.list": {
      actors: signedIn,
      fields: {
        rcp: slug,
        theme,
        before: fc.oneof(fc.constant(undefined), fc.bigInt({ min: 1n, max: 10n ** 17n }).map(String)),
      },
    },
    // Registration.
    ...registrationHints(world),
    // Follows and notifications.
    ...notificationHints(world),
  };
}

function notificationHints(world: TFuzzWorld): Record<string, THint> {
  // Type and target are drawn apart, countries more often: about half of the pairs match (the
  // others must be refused).
  const target = {
    targetType: fc.oneof(
      { weight: 3, arbitrary: fc.constant("COUNTRY") },
      { weight: 2, arbitrary: fc.constantFrom("RCP", "THEME") },
    ),
    targetId: fc.constantFrom(world.other.id, world.themeIds[0], ...world.countryCodes.slice(0, 4)),
  };
  return {
    "follow.list": { actors: signedIn },
    "follow.listChoices": { actors: signedIn },
    "follow.add": { actors: signedIn, fields: target },
    "follow.remove": { actors: signedIn, fields: target },
    "notification.unreadCount": { actors: signedIn },
    "notification.list": {
      actors: signedIn,
      fields: {
        cursor: fc.constantFrom(undefined, "1", "999999999999"),
        limit: fc.integer({ min: 1, max: 50 }),
      },
    },
    "notification.markRead": { actors: signedIn, fields: { eventId: live(world.notificationEvent) } },
    "notification.markAllRead": { actors: signedIn },
  };
}

function registrationHints(world: TFuzzWorld): Record<string, THint> {
  const own = fc.constant(world.own.id);
  const HOUR = 60 * 60 * 1000;
  const openActivity = live(async () => (await world.registrationActivity()).id);
  const registration = (status: "PENDING" | "CONFIRMED" | "WITHDRAWN", mode: "OPEN" | "APPROVAL" = "OPEN") =>
    live(async () => (await world.registration({ status, mode })).id);
  const token = (status: "CONFIRMED" | "WITHDRAWN") =>
    live(async () => (await world.registration({ status })).token);
  const answers = {
    "answers.participantCode": fc.constantFrom(null, undefined),
    "answers.role": fc.constantFrom("Director of migration", "", null),
  };
  return {
    "registration.settings": { actors: everyone, fields: { activityId: openActivity } },
    "registration.saveSettings": {
      actors: editors,
      fields: {
        activityId: freshActivityOf(world),
        version: fc.constant(null),
        "data.capacity": fc.integer({ min: 1, max: 50 }),
        // Before the fresh activity (2030-05-12) starts, the closing after the opening.
        "data.opensAt": fc.constant(new Date(Date.now() - HOUR)),
        "data.closesAt": fc.constant(new Date("2030-05-01T00:00:00Z")),
        "data.questions": fc.constantFrom([], ["ROLE"], ["ROLE", "COMMENT"]),
        "data.requiredQuestions": fc.constant([]),
        "data.quotas": fc.constantFrom([], [{ rcpId: world.own.id, seats: 1 }]),
      },
    },
    "registration.register": { actors: staff, fields: { activityId: openActivity, rcpId: own, ...answers } },
    "registration.registerOnBehalf": {
      actors: editors,
      fields: {
        activityId: openActivity,
        rcpId: own,
        "person.email": fc.uuid().map((uuid) => `delegate-${uuid.slice(0, 13)}@fuzz.example`),
        "person.countryCode": fc.constantFrom("", ...world.countryCodes.slice(0, 3)),
        ...answers,
      },
    },
    "registration.participants": {
      actors: staff,
      fields: { activityId: openActivity, rcpId: own, after: fc.constantFrom(undefined, "0", "12") },
    },
    "registration.history": { actors: staff, fields: { registrationId: registration("CONFIRMED") } },
    "registration.approve": {
      actors: editors,
      fields: { registrationId: registration("PENDING", "APPROVAL"), version: fc.constant(1) },
    },
    "registration.reject": {
      actors: editors,
      fields: { registrationId: registration("PENDING", "APPROVAL"), version: fc.constant(1) },
    },
    "registration.withdraw": {
      actors: editors,
      fields: { registrationId: registration("CONFIRMED"), version: fc.constant(1) },
    },
    "registration.restore": {
      actors: editors,
      fields: { registrationId: registration("WITHDRAWN"), version: fc.constant(1) },
    },
    "registration.resendLink": { actors: editors, fields: { registrationId: registration("CONFIRMED") } },
    "registration.mine": { actors: signedIn },
    "registration.byToken": { actors: everyone, fields: { token: token("CONFIRMED") } },
    "registration.updateByToken": {
      actors: everyone,
      fields: { token: token("CONFIRMED"), version: fc.constant(1), ...answers },
    },
    "registration.withdrawByToken": {
      actors: everyone,
      fields: { token: token("CONFIRMED"), version: fc.constant(1) },
    },
    "registration.restoreByToken": {
      actors: everyone,
      fields: { token: token("WITHDRAWN"), version: fc.constant(1) },
    },
    ...focalPointHints(world),
  };
}

/** Focal points: the actors' RCP's own entries, for its members and observers. */
function focalPointHints(world: TFuzzWorld): Record<string, THint> {
  const freshFocalPoint = live(async () => (await world.ownFocalPoint()).id);
  const data = {
    "data.participantCode": fc.constantFrom(...world.focalPointCodes),
    "data.name": fc.constantFrom("Ayşe Yılmaz", "Jean Dupont"),
    "data.title": fc.constantFrom("", "Head of Department"),
    "data.agency": fc.constantFrom("", "Ministry of Interior"),
    "data.email": fc.constantFrom("focal@example.gov", "Point.Focal@Example.ORG"),
    "data.phone": fc.constantFrom("", "+90 312 000 00 00"),
    "data.languages": fc.constantFrom([], ["en"], ["tr", "fr"]),
    "data.since": fc.constantFrom("", "2004-01-01"),
    "data.endedAt": fc.constantFrom("", "2030-06-30"),
  };
  const countries = world.focalPointCodes.filter((code) => /^[A-Z]{2}$/.test(code));
  return {
    "focalPoint.list": { actors: signedIn, fields: { slug: fc.constant(world.own.slug) } },
    "focalPoint.byCountry": { actors: signedIn, fields: { code: fc.constantFrom(...countries) } },
    "focalPoint.create": { actors: editors, fields: { rcpId: fc.constant(world.own.id), ...data } },
    "focalPoint.update": {
      actors: editors,
      fields: { focalPointId: freshFocalPoint, version: fc.constant(1), ...data },
    },
    "focalPoint.end": {
      actors: editors,
      fields: { focalPointId: freshFocalPoint, version: fc.constant(1), endedAt: day },
    },
    "focalPoint.remove": {
      actors: editors,
      fields: { focalPointId: freshFocalPoint, version: fc.constant(1) },
    },
  };
}

/** A fresh activity of the actors' RCP without registration, for its first settings. */
const freshActivityOf = (world: TFuzzWorld) => live(async () => (await world.ownActivity()).id);
