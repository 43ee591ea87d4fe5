// Unique test data, so integration tests run in parallel without cleaning up after each other.
import { randomUUID } from "node:crypto";
import { createCaller } from "~/server/api/root";
import type { TContext } from "~/server/api/trpc";
import { createAuthLimits, type TAuthLimits } from "~/server/auth/rate-limit";
import type { TSessionUser } from "~/server/auth/session";
import type { TActivityFields } from "~/domain/activity/schema";
import { createToken } from "~/server/auth/token";
import { createOutboxMailer } from "~/server/mail/mailer";
import { testDb, testPool } from "./db";

const unique = () => randomUUID().slice(0, 8);

export async function createRcp(overrides: { shortName?: string } = {}) {
  const id = unique();
  return testDb().rcp.create({
    data: {
      slug: `test-rcp-${id}`,
      name: `Test Consultative Process ${id}`,
      shortName: overrides.shortName ?? `Test RCP ${id}`,
      yearEstablished: 2001,
      region: "AFRICA",
      description: { en: "A process created by a test." },
      secretariatKind: "FIXED",
    },
    select: { id: true, slug: true, version: true },
  });
}

export async function createOrganisation() {
  const id = unique();
  return testDb().participant.create({
    data: {
      code: `test-org-${id}`,
      kind: "ORGANISATION",
      acronym: "TO",
      name: { en: `Test Organisation ${id}` },
    },
    select: { id: true, code: true },
  });
}

type TUserOptions = {
  platformRole?: "USER" | "ADMIN";
  staff?: { rcpId: string; role: "EDITOR" | "VIEWER" }[];
  passwordHash?: string;
};

export async function createUser(options: TUserOptions = {}): Promise<TSessionUser> {
  const email = `user-${unique()}@example.org`;
  const user = await testDb().user.create({
    data: {
      email,
      name: `Test user ${email}`,
      platformRole: options.platformRole ?? "USER",
      passwordHash: options.passwordHash,
      rcpRoles: { create: options.staff ?? [] },
    },
    select: { id: true, email: true, name: true, platformRole: true },
  });
  return user;
}

export const TEST_APP_URL = "http://rcp-exchange.test";

let roomyLimits: TAuthLimits | undefined;
/** Limits no ordinary test reaches; the tests of the limits themselves build tight ones. */
export function roomyAuthLimits(): TAuthLimits {
  const roomy = { points: 10_000, seconds: 60 };
  roomyLimits ??= createAuthLimits(testPool(), {
    signIn: { perAccount: roomy, perIp: roomy },
    passwordReset: { perAccount: roomy, perIp: roomy },
  });
  return roomyLimits;
}

type TServices = Partial<Pick<TContext, "mailer" | "limits" | "clientIp" | "storage">>;

/** A caller as `user`, with mail kept in the outbox table unless a test brings its own mailer. */
export const callerFor = (user: TSessionUser | null, services: TServices = {}) =>
  createCaller({
    db: testDb(),
    user,
    mailer: services.mailer ?? createOutboxMailer({ db: testDb(), appUrl: TEST_APP_URL }),
    limits: services.limits ?? roomyAuthLimits(),
    clientIp: services.clientIp ?? `198.51.100.${Math.floor(Math.random() * 254) + 1}`,
    storage: services.storage,
  });

const DAY = 24 * 60 * 60 * 1000;

/** An open invitation written directly, with the token its link would carry. */
export async function createInvitation(options: {
  invitedById: string;
  rcpId?: string | null;
  role?: "EDITOR" | "VIEWER";
  isPlatformAdmin?: boolean;
  email?: string;
  expiresAt?: Date;
}) {
  const { token, tokenHash } = createToken();
  const email = options.email ?? `invitee-${unique()}@example.org`;
  const rcpId = options.rcpId ?? null;
  const invitation = await testDb().invitation.create({
    data: {
      tokenHash,
      email,
      rcpId,
      rcpRole: rcpId ? (options.role ?? "VIEWER") : null,
      platformRole: options.isPlatformAdmin ? "ADMIN" : "USER",
      invitedById: options.invitedById,
      expiresAt: options.expiresAt ?? new Date(Date.now() + 7 * DAY),
    },
    select: { id: true },
  });
  return { id: invitation.id, token, email };
}

/** An unused password-reset link for a user, written directly. */
export async function createPasswordReset(userId: string, options: { expiresAt?: Date } = {}) {
  const { token, tokenHash } = createToken();
  await testDb().passwordReset.create({
    data: { tokenHash, userId, expiresAt: options.expiresAt ?? new Date(Date.now() + 60 * 60 * 1000) },
    select: { id: true },
  });
  return { token };
}

export type TActor = "anonymous" | "outsider" | "viewer" | "editor" | "admin";
export const ACTORS: readonly TActor[] = ["anonymous", "outsider", "viewer", "editor", "admin"];

/** One RCP and a user of each kind around it: the cast of every authorization test. */
export async function createCast() {
  const [rcp, otherRcp] = await Promise.all([createRcp(), createRcp()]);
  const users = {
    anonymous: null,
    outsider: await createUser({ staff: [{ rcpId: otherRcp.id, role: "EDITOR" }] }),
    viewer: await createUser({ staff: [{ rcpId: rcp.id, role: "VIEWER" }] }),
    editor: await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] }),
    admin: await createUser({ platformRole: "ADMIN" }),
  } satisfies Record<TActor, TSessionUser | null>;
  return { rcp, otherRcp, users };
}

/** An activity as the form sends one: valid, so a test changes only what it is about. */
export function activityFields(overrides: Partial<TActivityFields> = {}): TActivityFields {
  return {
    kind: "WORKSHOP",
    title: { en: `Regional workshop ${unique()}` },
    summary: { en: "Labour migration and development." },
    startDate: "2030-05-12",
    startTime: "09:30",
    endDate: "2030-05-13",
    endTime: "17:00",
    timeZone: "Asia/Bangkok",
    location: "Bangkok",
    countryCode: "TH",
    isOnline: false,
    themes: [],
    workingLanguages: ["en"],
    contact: "secretariat@example.org",
    visibility: "PUBLIC",
    ...overrides,
  };
}

/** An activity hosted (accepted) by the given RCPs, written straight to the database. */
export async function createActivityRecord(options: {
  hostRcpIds: string[];
  visibility?: "PUBLIC" | "ALL_SECRETARIATS" | "HOSTS";
  invitedRcpIds?: string[];
  title?: string;
  startDate?: Date;
  endDate?: Date;
}) {
  const id = unique();
  return testDb().activity.create({
    data: {
      slug: `test-activity-${id}`,
      title: { en: options.title ?? `Test activity ${id}` },
      kind: "WORKSHOP",
      startDate: options.startDate ?? new Date("2030-05-12T00:00:00Z"),
      startPrecision: "DAY",
      ...(options.endDate ? { endDate: options.endDate, endPrecision: "DAY" as const } : {}),
      timeZone: "UTC",
      location: "Geneva",
      visibility: options.visibility ?? "PUBLIC",
      rcps: {
        create: [
          ...options.hostRcpIds.map((rcpId) => ({ rcpId, status: "ACCEPTED" as const })),
          ...(options.invitedRcpIds ?? []).map((rcpId) => ({ rcpId, status: "INVITED" as const })),
        ],
      },
    },
    select: { id: true, slug: true, version: true },
  });
}

/** A document of an activity, written straight to the database (its file is not stored). */
export async function createDocumentRecord(options: {
  activityId: string;
  visibility?: "PUBLIC" | "ALL_SECRETARIATS" | "HOSTS";
  title?: string;
  kind?: "REPORT" | "DECLARATION" | "RECOMMENDATIONS";
}) {
  return testDb().activityDocument.create({
    data: {
      activityId: options.activityId,
      kind: options.kind ?? "REPORT",
      title: options.title ?? `Test report ${unique()}`,
      language: "en",
      visibility: options.visibility ?? "PUBLIC",
      storageKey: `activity-documents/${randomUUID()}`,
      originalName: "report.pdf",
      mediaType: "application/pdf",
      size: 100,
      sha256: "0".repeat(64),
    },
    select: { id: true, version: true },
  });
}

// Mail the job queue gave up on, as the admin mail page lists it.
export async function createFailedMail(overrides: { to?: string; subject?: string } = {}) {
  const id = unique();
  return testDb().mailDelivery.create({
    data: {
      idempotencyKey: `test:failed:${id}`,
      to: overrides.to ?? `failed-${id}@example.org`,
      subject: overrides.subject ?? `Undelivered ${id}`,
      text: "Your private link: http://app.test/en/registration/secret",
      status: "FAILED",
      attempts: 8,
      lastError: "connect ECONNREFUSED 127.0.0.1:25",
    },
    select: { id: true, to: true, subject: true },
  });
}
