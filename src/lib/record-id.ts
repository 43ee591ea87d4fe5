import { z } from "zod";

/**
 * The id of a database record as the app creates them (cuid). Checked before any query: text
 * PostgreSQL cannot store (a NUL byte) must be a bad request, not a database error.
 */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const ZRecordId = z.string().regex(RECORD_ID_PATTERN, "is not a valid id");
