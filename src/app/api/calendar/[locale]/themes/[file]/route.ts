import { themeFeedIcs } from "~/server/calendar/documents";
import { slugFeedResponse } from "~/server/calendar/respond";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ locale: string; file: string }> };

/** The public activities on one theme of the shared taxonomy: `<slug>.ics`. */
export function GET(request: Request, context: TParams) {
  return slugFeedResponse(request, context, themeFeedIcs);
}
