import { focalPointExportRoute, focalPointsVcardFor } from "~/server/focal-point/app-exports";

/** The same people as the CSV, as vCards an address book imports. */
export const GET = focalPointExportRoute({
  build: focalPointsVcardFor,
  contentType: "text/vcard; charset=utf-8",
  extension: "vcf",
});
