import { z } from "zod";
import { REGISTRATION_STATUSES } from "~/domain/registration/vocabulary";
import { routing } from "~/i18n/routing";
import { ZRecordId } from "~/lib/record-id";
import { getSession } from "~/server/auth/session";
import { participantsCsv } from "~/server/registration-export/participants-csv";

type TContext = { params: Promise<{ activityId: string }> };

const NO_STORE = { "Cache-Control": "private, no-store" };

const ZQuery = z
  .object({
    locale: z.enum(routing.locales).default(routing.defaultLocale),
    status: z.enum(REGISTRATION_STATUSES).optional(),
    rcp: ZRecordId.optional(),
  })
  .strict();

const refuse = (status: number) =>
  new Response(status === 404 ? "Not found" : "Bad request", {
    status,
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
  });

/**
 * The participants of an activity as a CSV file, filtered as the list is (`?status=&rcp=`, by
 * nominating RCP id), with headers in `?locale=`'s language. Personal data: checked on every
 * request, never cached; whoever may not see the list gets the 404 an unknown activity gets.
 */
export async function GET(request: Request, { params }: TContext) {
  const { activityId } = await params;
  if (!ZRecordId.safeParse(activityId).success) return refuse(404);
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const query = ZQuery.safeParse(search);
  if (!query.success) return refuse(400);
  const session = await getSession();
  const csv = await participantsCsv(
    session?.access ?? null,
    { activityId, status: query.data.status, rcpId: query.data.rcp },
    query.data.locale,
  );
  if (csv === null) return refuse(404);
  return new Response(csv, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="participants-${activityId}.csv"`,
    },
  });
}
