import { getSession } from "~/server/auth/session";
import { focalPointsCsvFor } from "~/server/focal-point/app-exports";
import {
  NO_STORE,
  refuseExport,
  ZCountryCodeParam,
  ZExportQuery,
} from "~/server/focal-point/export-response";

type TContext = { params: Promise<{ code: string }> };

/**
 * The focal points of a state that the reader may see, in every process it belongs to, as CSV
 * with headers in `?locale=`'s language. Signed-in secretariats only; checked on every request.
 */
export async function GET(request: Request, { params }: TContext) {
  const { code } = await params;
  if (!ZCountryCodeParam.safeParse(code).success) return refuseExport("notFound");
  const query = ZExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return refuseExport("badRequest");
  const session = await getSession();
  const csv = await focalPointsCsvFor(session?.access ?? null, code, query.data.locale);
  if ("refused" in csv) return refuseExport(csv.refused);
  return new Response(csv.file, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="focal-points-${code}.csv"`,
    },
  });
}
