import { z } from "zod";

/**
 * The id of a database record as the app creates them (cuid). Checked before any query: text
 * PostgreSQL cannot store (a NUL byte) must be a bad request, not a database error.
 */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const ZRecordId = z.string().regex(RECORD_ID_PATTERN, "is not a valid id");

/**
 * The slug of an RCP as the administration creates them: lower-case letters, digits and hyphens.
 * Route params and procedure inputs are checked against it before any query.
 */
export const SLUG_PATTERN = /^[a-z0-9-]{1,100}$/;

export const ZSlug = z.string().regex(SLUG_PATTERN, "is not a valid slug");

export const isSlug = (value: unknown): value is string =>
  typeof value === "string" && SLUG_PATTERN.test(value);
