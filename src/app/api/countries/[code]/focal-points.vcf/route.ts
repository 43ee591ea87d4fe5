import { getSession } from "~/server/auth/session";
import { focalPointsVcardFor } from "~/server/focal-point/app-exports";
import {
  NO_STORE,
  refuseExport,
  ZCountryCodeParam,
  ZExportQuery,
} from "~/server/focal-point/export-response";

type TContext = { params: Promise<{ code: string }> };

/** The same people as the CSV, as vCards an address book imports. */
export async function GET(request: Request, { params }: TContext) {
  const { code } = await params;
  if (!ZCountryCodeParam.safeParse(code).success) return refuseExport("notFound");
  const query = ZExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return refuseExport("badRequest");
  const session = await getSession();
  const cards = await focalPointsVcardFor(session?.access ?? null, code, query.data.locale);
  if ("refused" in cards) return refuseExport(cards.refused);
  return new Response(cards.file, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="focal-points-${code}.vcf"`,
    },
  });
}
