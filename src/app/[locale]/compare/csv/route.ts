import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { loadMatrix } from "~/features/compare/load-matrix";
import { matrixToCsv } from "~/features/compare/matrix-csv";
import { MAX_SELECTION_VALUES, parseSelection } from "~/features/compare/selection";
import { routing } from "~/i18n/routing";

/**
 * The comparison as a CSV download, in the page's language, with the processes and columns chosen
 * in the same address as the page (`?rcp=…&col=…`, or `?all=1`). Without a choice of processes it
 * is the whole matrix, as this address gave before processes could be chosen.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const { matrix, headers, marker } = await loadMatrix(locale);
  const query = new URL(request.url).searchParams;
  const selection = parseSelection(
    query,
    matrix.rows.map((row) => row.slug),
  );
  const hasChoice = query.has("rcp") || selection.isAll;
  const processes = hasChoice
    ? selection.slugs.flatMap((slug) => matrix.rows.filter((row) => row.slug === slug))
    : matrix.rows;
  if (selection.isTruncated || processes.length === 0) {
    const t = await getTranslations({ locale, namespace: "Compare" });
    const message = selection.isTruncated ? t("tooMany", { max: MAX_SELECTION_VALUES }) : t("noneKnown");
    return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(matrixToCsv(processes, selection.columns, headers, marker), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rcp-comparison-${locale}.csv"`,
    },
  });
}
