// The words a recommendation and its follow-up are described with, shared by forms, server and lists.
import type { TDocumentKind } from "~/domain/activity-document/vocabulary";

/** In the order the progress bar stacks them: from done to not begun, then the closed ones. */
export const RECOMMENDATION_STATUSES = [
  "IMPLEMENTED",
  "PARTLY_IMPLEMENTED",
  "IN_PROGRESS",
  "NOT_STARTED",
  "DISCONTINUED",
  "NO_LONGER_RELEVANT",
] as const;
export type TRecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** Still waiting for work: what a new chair inherits. */
export const OPEN_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "PARTLY_IMPLEMENTED",
] as const satisfies readonly TRecommendationStatus[];

/** Only outcomes that recommend something carry recommendations. */
export const RECOMMENDATION_DOCUMENT_KINDS = [
  "DECLARATION",
  "RECOMMENDATIONS",
] as const satisfies readonly TDocumentKind[];

export const carriesRecommendations = (kind: TDocumentKind) =>
  (RECOMMENDATION_DOCUMENT_KINDS as readonly TDocumentKind[]).includes(kind);

/** Limits stated once; forms show them and the server enforces them. */
export const RECOMMENDATION_LIMITS = {
  number: 9999,
  text: 5000,
  themes: 10,
  /** One paste: a whole declaration fits, a runaway paste is refused with a clear message. */
  pasteChars: 100_000,
  pasteItems: 300,
  evidenceText: 5000,
  evidenceUrl: 2000,
  memberStates: 100,
  pageSize: 50,
} as const;

export const RECOMMENDATION_LANGUAGES = ["en", "fr", "es"] as const;
export type TRecommendationLanguage = (typeof RECOMMENDATION_LANGUAGES)[number];
