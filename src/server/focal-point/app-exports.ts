// The focal-point export routes' entry points: the app's database, chosen here so the routes pass
// only the reader and the request's values.
import { db } from "~/server/db";
import type { TLocale } from "~/i18n/routing";
import type { TAccess } from "~/server/user/access";
import { getSession } from "~/server/auth/session";
import { countryFocalPointsCsv, countryFocalPointsVcard } from "./exports";
import { NO_STORE, refuseExport, ZCountryCodeParam, ZExportQuery } from "./export-response";

export const focalPointsCsvFor = (access: TAccess | null, code: string, locale: TLocale) =>
  countryFocalPointsCsv(db, access, code, locale);

export const focalPointsVcardFor = (access: TAccess | null, code: string, locale: TLocale) =>
  countryFocalPointsVcard(db, access, code, locale);

type TExportFormat = {
  build: typeof focalPointsCsvFor;
  contentType: string;
  extension: "csv" | "vcf";
};

/**
 * A route handler serving a state's focal points in one format: the address and query are checked
 * before the session is read, and the reader's rights on every request.
 */
export const focalPointExportRoute =
  ({ build, contentType, extension }: TExportFormat) =>
  async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const { code } = await params;
    if (!ZCountryCodeParam.safeParse(code).success) return refuseExport("notFound");
    const query = ZExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return refuseExport("badRequest");
    const session = await getSession();
    const result = await build(session?.access ?? null, code, query.data.locale);
    if ("refused" in result) return refuseExport(result.refused);
    return new Response(result.file, {
      headers: {
        ...NO_STORE,
        "Content-Type": contentType,
        "Content-Disposition": `attachment; filename="focal-points-${code}.${extension}"`,
      },
    });
  };
