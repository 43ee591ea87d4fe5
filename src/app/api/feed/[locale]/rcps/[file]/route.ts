import { notFound, toFeedLocale } from "~/server/calendar/respond";
import { atomResponse, rcpEventsAtom, slugOfAtomFile } from "~/server/peer-event/atom";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ locale: string; file: string }> };

/** The public events of one process (those it hosts or co-hosts included): `<slug>.atom`. */
export async function GET(_request: Request, { params }: TParams) {
  const { locale: given, file } = await params;
  const locale = toFeedLocale(given);
  const slug = slugOfAtomFile(file);
  if (!locale || !slug) return notFound();
  const body = await rcpEventsAtom(locale, slug);
  return body === null ? notFound() : atomResponse(body);
}
