// The one reading of a failed call on the client, after errorFormatter in src/server/api/trpc.ts:
// forms and buttons translate what this returns, they never parse errors themselves.
import { TRPCClientError } from "@trpc/client";
import { isErrorCode, isErrorKey, type TErrorCode, type TErrorKey } from "~/domain/errors";

export type TCallError = {
  /** The kind of refusal; null when the server was not reached or did not answer as ours does. */
  code: TErrorCode | null;
  /** The domain's reason (DomainError's message) when it gave one the client knows. */
  key: TErrorKey | null;
  /** The first message key per field, for zod refusals and domain reasons tied to a field. */
  fields: Record<string, string>;
  /** What the client needs to act on the refusal, e.g. the current profile after a CONFLICT. */
  details: unknown;
};

/** Domain reasons that are about one field of the form that sent them. */
const FIELD_OF_KEY: Partial<Record<TErrorKey, string>> = {
  slugTaken: "slug",
  tooShort: "password",
  tooLong: "password",
  common: "password",
  guessable: "password",
  unknownRcp: "rcpSlug",
  ownRcp: "rcpSlug",
  alreadyHost: "rcpSlug",
  hostAlreadyInvited: "rcpSlug",
  // Recommendations and follow-up: the form's field names.
  numberTaken: "number",
  notRecommendationDocument: "documentId",
  notActingHost: "rcpId",
  followUpWiderThanRecommendation: "visibility",
  notCurrentMember: "memberStates",
  evidenceDocumentUnavailable: "evidenceDocumentId",
  notRepresented: "data.participantCode",
  endBeforeSince: "endedAt",
};

export function decodeCallError(error: unknown): TCallError {
  const result: TCallError = { code: null, key: null, fields: {}, details: undefined };
  if (!(error instanceof TRPCClientError)) return result;
  const data: unknown = error.data;
  const shape =
    typeof data === "object" && data !== null
      ? (data as { code?: unknown; fieldErrors?: unknown; details?: unknown })
      : {};
  result.code = isErrorCode(shape.code) ? shape.code : null;
  result.key = isErrorKey(error.message) ? error.message : null;
  result.details = shape.details;
  if (typeof shape.fieldErrors === "object" && shape.fieldErrors !== null) {
    for (const [field, messages] of Object.entries(shape.fieldErrors as Record<string, unknown>)) {
      const first: unknown = Array.isArray(messages) ? messages[0] : undefined;
      if (typeof first === "string") result.fields[field] = first;
    }
  }
  const field = result.key ? FIELD_OF_KEY[result.key] : undefined;
  if (field && result.key) result.fields[field] ??= result.key;
  return result;
}
