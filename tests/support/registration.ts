// Registration scenes for the tests: an activity with registration open, and helpers to read
// what was queued.
import type { TAnswers } from "~/domain/registration/schema";
import { hashRegistrationToken, registrationToken } from "~/server/registration/token";
import { testDb } from "./db";
import { callerFor, createActivityRecord, createRcp, createUser } from "./factories";

const HOUR = 60 * 60 * 1000;

export type TOpenOptions = {
  capacity?: number;
  mode?: "OPEN" | "APPROVAL";
  quotas?: { rcpId: string; seats: number }[];
  opensAt?: Date;
  closesAt?: Date;
  questions?: ("ROLE" | "ORGANISATION" | "DIETARY_NEEDS" | "ACCESS_NEEDS" | "COMMENT")[];
  requiredQuestions?: ("ROLE" | "ORGANISATION" | "DIETARY_NEEDS" | "ACCESS_NEEDS" | "COMMENT")[];
};

/** Writes registration settings straight to the database (no mail, no checks). */
export async function openRegistration(activityId: string, options: TOpenOptions = {}) {
  const now = Date.now();
  return testDb().registrationSettings.create({
    data: {
      activityId,
      mode: options.mode ?? "OPEN",
      capacity: options.capacity ?? 10,
      opensAt: options.opensAt ?? new Date(now - HOUR),
      closesAt: options.closesAt ?? new Date(now + 24 * HOUR),
      questions: options.questions ?? ["ROLE", "ORGANISATION", "DIETARY_NEEDS", "ACCESS_NEEDS", "COMMENT"],
      requiredQuestions: options.requiredQuestions ?? [],
      quotas: { create: options.quotas ?? [] },
    },
    select: { activityId: true, version: true },
  });
}

/** A joint activity of two hosts with registration open, their editors and viewers. */
export async function createJointWorkshop(options: TOpenOptions & { visibility?: "PUBLIC" | "HOSTS" } = {}) {
  const [hostA, hostB, other] = await Promise.all([createRcp(), createRcp(), createRcp()]);
  const activity = await createActivityRecord({
    hostRcpIds: [hostA.id, hostB.id],
    visibility: options.visibility ?? "PUBLIC",
    startDate: new Date(Date.now() + 30 * 24 * HOUR),
  });
  const settings = await openRegistration(activity.id, options);
  const [editorA, editorB, viewerA, otherEditor, otherViewer] = await Promise.all([
    createUser({ staff: [{ rcpId: hostA.id, role: "EDITOR" }] }),
    createUser({ staff: [{ rcpId: hostB.id, role: "EDITOR" }] }),
    createUser({ staff: [{ rcpId: hostA.id, role: "VIEWER" }] }),
    createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] }),
    createUser({ staff: [{ rcpId: other.id, role: "VIEWER" }] }),
  ]);
  return { activity, settings, hostA, hostB, other, editorA, editorB, viewerA, otherEditor, otherViewer };
}

export const noAnswers: TAnswers = {
  role: null,
  participantCode: null,
  organisation: null,
  dietaryNeeds: null,
  accessNeeds: null,
  comment: null,
};

let counter = 0;
/** A person registered on behalf by `editor` of `rcpId`. */
export function delegate(overrides: { email?: string; locale?: "en" | "fr" | "es" } = {}) {
  counter++;
  return {
    name: `Delegate ${counter}`,
    email: overrides.email ?? `delegate-${counter}-${Math.random().toString(36).slice(2, 8)}@example.gov`,
    countryCode: "ID",
    locale: overrides.locale ?? "en",
  };
}

export const queuedMailTo = (to: string) =>
  testDb().mailDelivery.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

/** The private link's token in a queued mail's text. */
export function tokenIn(text: string): string {
  const match = /\/registration\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error(`No registration link in: ${text}`);
  return match[1];
}

export { callerFor };

type TRecordOptions = {
  activityId: string;
  status?: "PENDING" | "CONFIRMED" | "WAITLISTED" | "REJECTED" | "WITHDRAWN";
  nominatingRcpId?: string | null;
  quotaRcpId?: string | null;
  userId?: string | null;
  /** The status before a withdrawal, kept in the transitions as a real withdrawal keeps it. */
  withdrawnFrom?: "PENDING" | "CONFIRMED" | "WAITLISTED";
};

/** A registration written straight to the database, with the token of its private link. */
export async function createRegistrationRecord(options: TRecordOptions) {
  const person = delegate();
  const status = options.status ?? "CONFIRMED";
  const row = await testDb().registration.create({
    data: {
      activityId: options.activityId,
      status,
      name: person.name,
      email: person.email,
      nominatingRcpId: options.nominatingRcpId ?? null,
      quotaRcpId: options.quotaRcpId ?? null,
      userId: options.userId ?? null,
      events: {
        create: [
          { toStatus: options.withdrawnFrom ?? status },
          ...(options.withdrawnFrom
            ? [{ fromStatus: options.withdrawnFrom, toStatus: "WITHDRAWN" as const }]
            : []),
        ],
      },
    },
    select: { id: true, version: true, email: true },
  });
  const token = registrationToken(row.id, 1);
  await testDb().registration.update({
    where: { id: row.id },
    data: { tokenHash: hashRegistrationToken(token) },
  });
  return { ...row, token };
}
