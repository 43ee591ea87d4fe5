// The HTTP side of the calendar routes: one place for their content type, caching and refusals.
import { createHash } from "node:crypto";
import { isLocale, type TLocale } from "~/i18n/routing";

/**
 * Public feeds: shared caches and calendar programs may keep a copy for five minutes, then ask
 * again with its ETag (the server's own copy is dropped whenever an activity changes).
 * Personal ones carry what one person may see: never stored anywhere.
 */
const CACHING = {
  public: "public, max-age=300, must-revalidate",
  private: "private, no-store",
} as const;

export type TCaching = keyof typeof CACHING;

/** The same answer for a bad locale, a wrong extension, an unknown or hidden name, a revoked token. */
export function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function icsResponse(
  request: Request,
  body: string,
  options: { caching: TCaching; filename: string },
): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { "Cache-Control": CACHING[options.caching], ETag: etag };
  const seen = request.headers.get("if-none-match");
  if (options.caching === "public" && seen?.split(/\s*,\s*/).includes(etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, {
    headers: {
      ...headers,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${options.filename}"`,
    },
  });
}

const NAME = /^([A-Za-z0-9-]{1,120})\.ics$/;

/** "bali-process.ics" → "bali-process"; anything else (another extension, escapes, overlong) → null. */
export function slugOfFile(file: string): string | null {
  return NAME.exec(file)?.[1] ?? null;
}

export const toFeedLocale = (value: string): TLocale | null => (isLocale(value) ? value : null);

type TFeedParams = { params: Promise<{ locale: string; file: string }> };

/**
 * A public feed addressed as `<locale>/…/<slug>.ics` (a process's, a theme's): a bad locale,
 * file name or unknown slug is the same 404.
 */
export async function slugFeedResponse(
  request: Request,
  { params }: TFeedParams,
  read: (locale: TLocale, slug: string) => Promise<string | null>,
): Promise<Response> {
  const { locale: given, file } = await params;
  const locale = toFeedLocale(given);
  const slug = slugOfFile(file);
  if (!locale || !slug) return notFound();
  const body = await read(locale, slug);
  if (body === null) return notFound();
  return icsResponse(request, body, { caching: "public", filename: `${slug}-${locale}.ics` });
}
