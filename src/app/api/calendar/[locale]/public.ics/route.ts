import { publicFeedIcs } from "~/server/calendar/documents";
import { icsResponse, notFound, toFeedLocale } from "~/server/calendar/respond";

export const dynamic = "force-dynamic";

/** Every public activity, in the address's language: a feed calendar programs subscribe to. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = toFeedLocale((await params).locale);
  if (!locale) return notFound();
  const body = await publicFeedIcs(locale);
  if (body === null) return notFound();
  return icsResponse(request, body, { caching: "public", filename: `rcp-exchange-${locale}.ics` });
}
