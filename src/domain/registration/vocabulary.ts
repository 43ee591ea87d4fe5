// Registration's words, shared by forms and server.
export const REGISTRATION_MODES = ["OPEN", "APPROVAL"] as const;
export const REGISTRATION_STATUSES = ["PENDING", "CONFIRMED", "WAITLISTED", "REJECTED", "WITHDRAWN"] as const;
export const REGISTRATION_QUESTIONS = [
  "ROLE",
  "ORGANISATION",
  "DIETARY_NEEDS",
  "ACCESS_NEEDS",
  "COMMENT",
] as const;

export type TRegistrationMode = (typeof REGISTRATION_MODES)[number];
export type TRegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export type TRegistrationQuestion = (typeof REGISTRATION_QUESTIONS)[number];

/** The statuses that hold a seat: a pending registration keeps its seat, so approving never overbooks. */
export const SEAT_HOLDING: readonly TRegistrationStatus[] = ["PENDING", "CONFIRMED"];

/** Where registration stands for an activity, as everyone who sees it may know. */
export const REGISTRATION_STATES = ["NONE", "NOT_YET_OPEN", "OPEN", "CLOSED", "CANCELLED"] as const;
export type TRegistrationState = (typeof REGISTRATION_STATES)[number];

export const REGISTRATION_LIMITS = {
  capacity: 10_000,
  name: 200,
  organisation: 200,
  role: 200,
  needs: 1_000,
  comment: 2_000,
  reason: 1_000,
  pageSize: 100,
} as const;
