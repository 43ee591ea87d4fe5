// Keyset cursors travel as opaque base64url text, so that clients pass them back as given and the
// API can change what they hold without breaking anyone. Decoding validates what comes back.
import { z } from "zod";
import { ZCursorParam } from "./common";

export function encodeCursor(value: object): string {
  return btoa(JSON.stringify(value)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The cursor's content, or null for anything that is not a cursor this API gave out. */
export function decodeCursor<T>(text: string, schema: z.ZodType<T>): T | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const json: unknown = JSON.parse(atob(text.replaceAll("-", "+").replaceAll("_", "/")));
    const parsed = schema.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The `cursor` query parameter: opaque text in, the validated position out. */
export function cursorParam<T>(schema: z.ZodType<T>) {
  return ZCursorParam.transform((text, ctx): T | undefined => {
    if (text === undefined) return undefined;
    const cursor = decodeCursor(text, schema);
    if (cursor === null) {
      ctx.addIssue({ code: "custom", message: "is not a cursor this API gave out" });
      return z.NEVER;
    }
    return cursor;
  });
}
