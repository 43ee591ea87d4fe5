import { themeFeedIcs } from "~/server/calendar/documents";
import { icsResponse, notFound, slugOfFile, toFeedLocale } from "~/server/calendar/respond";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ locale: string; file: string }> };

/** The public activities on one theme of the shared taxonomy: `<slug>.ics`. */
export async function GET(request: Request, { params }: TParams) {
  const { locale: given, file } = await params;
  const locale = toFeedLocale(given);
  const slug = slugOfFile(file);
  if (!locale || !slug) return notFound();
  const body = await themeFeedIcs(locale, slug);
  if (body === null) return notFound();
  return icsResponse(request, body, { caching: "public", filename: `${slug}-${locale}.ics` });
}
