import { notFound, toFeedLocale } from "~/server/calendar/respond";
import { atomResponse, publicEventsAtom } from "~/server/peer-event/atom";

export const dynamic = "force-dynamic";

/** The public events of every process, in the address's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = toFeedLocale((await params).locale);
  if (!locale) return notFound();
  const body = await publicEventsAtom(locale);
  return body === null ? notFound() : atomResponse(body);
}
