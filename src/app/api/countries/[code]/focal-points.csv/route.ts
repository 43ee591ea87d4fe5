import { focalPointExportRoute, focalPointsCsvFor } from "~/server/focal-point/app-exports";

/**
 * The focal points of a state that the reader may see, in every process it belongs to, as CSV
 * with headers in `?locale=`'s language. Signed-in secretariats only; checked on every request.
 */
export const GET = focalPointExportRoute({
  build: focalPointsCsvFor,
  contentType: "text/csv; charset=utf-8",
  extension: "csv",
});
