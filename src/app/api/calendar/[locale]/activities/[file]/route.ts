import { getSession } from "~/server/auth/session";
import { activityIcs } from "~/server/calendar/documents";
import { icsResponse, notFound, slugOfFile, toFeedLocale } from "~/server/calendar/respond";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ locale: string; file: string }> };

/**
 * One activity, for "Add to calendar". A public one is the same for everyone and may be cached;
 * any other is read with the visitor's session, answered only to those who may see it, and never
 * stored. To anyone else it does not exist.
 */
export async function GET(request: Request, { params }: TParams) {
  const { locale: given, file } = await params;
  const locale = toFeedLocale(given);
  const slug = slugOfFile(file);
  if (!locale || !slug) return notFound();
  const filename = `${slug}.ics`;
  const shared = await activityIcs(locale, null, slug);
  if (shared) return icsResponse(request, shared.body, { caching: "public", filename });
  const session = await getSession();
  const own = session ? await activityIcs(locale, session.access, slug) : null;
  if (!own) return notFound();
  return icsResponse(request, own.body, { caching: "private", filename });
}
