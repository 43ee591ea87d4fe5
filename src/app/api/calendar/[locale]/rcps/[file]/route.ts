import { rcpFeedIcs } from "~/server/calendar/documents";
import { slugFeedResponse } from "~/server/calendar/respond";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ locale: string; file: string }> };

/** The public activities one process hosts or co-hosts: `<slug>.ics`. */
export function GET(request: Request, context: TParams) {
  return slugFeedResponse(request, context, rcpFeedIcs);
}
