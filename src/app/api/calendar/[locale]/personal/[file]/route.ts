import { personalFeedByToken } from "~/server/calendar/personal-feed";
import { icsResponse, notFound, toFeedLocale } from "~/server/calendar/respond";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ locale: string; file: string }> };

/**
 * Everything the address's owner may see, read with their rights as they are now: a role lost
 * or an account disabled shows in the next fetch. Unknown, replaced and malformed addresses and
 * disabled accounts all get the same 404, so none can be told from another.
 */
export async function GET(request: Request, { params }: TParams) {
  const { locale: given, file } = await params;
  const locale = toFeedLocale(given);
  const token = file.endsWith(".ics") ? file.slice(0, -".ics".length) : null;
  if (!locale || !token) return notFound();
  const body = await personalFeedByToken(locale, token);
  if (body === null) return notFound();
  return icsResponse(request, body, { caching: "private", filename: `rcp-exchange-personal-${locale}.ics` });
}
