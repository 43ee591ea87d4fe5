// What a refused call can say, shared by the server (DomainError) and the client (its decoder,
// src/lib/trpc-error.ts), so that a key the server sends is one the client knows how to show.
import { PASSWORD_PROBLEMS } from "./auth/password-problems";

/** The kind of refusal; it decides the HTTP status and is a key of the "Errors" messages. */
export const ERROR_CODES = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "SERVICE_UNAVAILABLE",
] as const;
export type TErrorCode = (typeof ERROR_CODES)[number];

/** Refusals of invitations and accounts: keys of the "AccountErrors" messages. */
export const ACCOUNT_ERROR_KEYS = [
  "invitationUnavailable",
  "invitationRcpArchived",
  "accountDisabled",
  "resetUnavailable",
  "alreadyMember",
  "alreadyInvited",
  "invitationClosed",
] as const;

/** Why, when the client shows more than the code: keys of the domain's error messages. */
export const ERROR_KEYS = [
  ...ACCOUNT_ERROR_KEYS,
  // Administration ("AdminErrors", "AdminForm.errors").
  "lastAdmin",
  "cannotDisableSelf",
  "slugTaken",
  "mailNotRetryable",
  // Secretariat staff ("Staff").
  "lastEditor",
  // Profile edits ("EditProfile.errors"), with the offending values in `details`.
  "unknownParticipant",
  "unknownTheme",
  // Activities ("ActivityErrors").
  "activityCancelled",
  // Documents of activities ("DocumentsErrors").
  "documentWiderThanActivity",
  "documentHasRecommendations",
  // Joint activities ("CoHostsErrors").
  "unknownRcp",
  "ownRcp",
  "alreadyHost",
  "hostAlreadyInvited",
  "lastHost",
  // Registration ("RegistrationErrors").
  "registrationNotOpen",
  "registrationNotYetOpen",
  "registrationClosed",
  "alreadyRegistered",
  "answersRequired",
  "registrationStateChanged",
  "noSeatFree",
  "capacityBelowTaken",
  "quotaBelowTaken",
  "quotasAboveCapacity",
  "quotaNotHost",
  "closesAfterStart",
  // Recommendations and follow-up ("RecommendationErrors").
  "numberTaken",
  "notRecommendationDocument",
  "notHostOfRecommendation",
  "notActingHost",
  "followUpWiderThanRecommendation",
  "notCurrentMember",
  "evidenceDocumentUnavailable",
  // Focal points ("FocalPointErrors").
  "notRepresented",
  "endBeforeSince",
  // Follows ("FollowErrors").
  "unknownFollowTarget",
  // New passwords ("Password").
  ...PASSWORD_PROBLEMS,
] as const;
export type TErrorKey = (typeof ERROR_KEYS)[number];

export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value);

export const isErrorCode = (value: unknown): value is TErrorCode => isOneOf(ERROR_CODES, value);
export const isErrorKey = (value: unknown): value is TErrorKey => isOneOf(ERROR_KEYS, value);
