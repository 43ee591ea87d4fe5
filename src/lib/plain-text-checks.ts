// Apart from the schemas (plain-text.ts) so that browser code can check text without loading zod.
// PostgreSQL cannot store NUL in text; no name or description needs the other control characters
// (C0, DEL and C1: \p{Cc}), and a lone surrogate is not text at all (it cannot be encoded as UTF-8).
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINES = /(?![\t\n])\p{Cc}/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isSingleLineText = (value: string) => !CONTROL.test(value) && !LONE_SURROGATE.test(value);
export const isMultiLineText = (value: string) =>
  !CONTROL_EXCEPT_LINES.test(value) && !LONE_SURROGATE.test(value);
