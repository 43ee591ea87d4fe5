import "server-only";
import { getTranslations } from "next-intl/server";
import type { TLocale } from "~/i18n/routing";
import { publicCaller } from "~/trpc/server";
import { buildMatrix, MATRIX_COLUMNS, type TMatrixColumn } from "./build-matrix";

export async function loadMatrix(locale: TLocale) {
  const [rows, t, tRcp] = await Promise.all([
    publicCaller.rcp.listMatrixRows(),
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
  return { matrix, headers };
}
