import { hasLocale } from "next-intl";
import { parseColumns } from "~/features/compare/build-matrix";
import { loadMatrix } from "~/features/compare/load-matrix";
import { matrixToCsv } from "~/features/compare/matrix-csv";
import { routing } from "~/i18n/routing";

/** The comparison matrix as a CSV download, in the page's language and with its chosen columns. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const { matrix, headers } = await loadMatrix(locale);
  const columns = parseColumns(new URL(request.url).searchParams.get("cols"));
  return new Response(matrixToCsv(matrix, columns, headers), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rcp-matrix-${locale}.csv"`,
    },
  });
}
