import "server-only";
import { getTranslations } from "next-intl/server";
import { unstable_cache } from "next/cache";
import type { TLocale } from "~/i18n/routing";
import { PUBLIC_DATA_TAG } from "~/server/cache/public-data";
import { publicCaller } from "~/trpc/server";
import { buildMatrix, MATRIX_COLUMNS, type TMatrixColumn } from "./build-matrix";

// The page reads its address, so it renders per request: the rows come from the data cache, and a
// choice costs no database query until a profile changes (revalidatePublicPages drops them).
const readMatrixRows = unstable_cache(() => publicCaller.rcp.listMatrixRows(), ["compare-matrix-rows"], {
  tags: [PUBLIC_DATA_TAG],
});

export async function loadMatrix(locale: TLocale) {
  const [rows, t, tRcp] = await Promise.all([
    readMatrixRows(),
    getTranslations({ locale, namespace: "Compare" }),
    getTranslations({ locale, namespace: "Rcp" }),
  ]);
  const matrix = buildMatrix(rows, locale, {
    secretariatKind: (kind) => tRcp(`secretariatKind.${kind}`),
    total: (count) => t("total", { count }),
  });
  const headers = {
    rcp: t("column.rcp"),
    ...Object.fromEntries(MATRIX_COLUMNS.map((column) => [column, t(`column.${column}`)])),
  } as Record<TMatrixColumn | "rcp", string>;
  return { matrix, headers, marker: tRcp("untranslated") };
}
