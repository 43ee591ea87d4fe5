import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import { participantName } from "~/lib/participant-name";
import type { TMatrixRow } from "~/server/rcp/matrix";

export const MATRIX_COLUMNS = [
  "year",
  "governments",
  "observers",
  "secretariat",
  "areas",
  "priorities",
] as const;
export type TMatrixColumn = (typeof MATRIX_COLUMNS)[number];

export type TMatrix = {
  rows: { slug: string; rcp: string; cells: Record<TMatrixColumn, string> }[];
};

type TLabels = {
  secretariatKind: (kind: TMatrixRow["secretariatKind"]) => string;
  total: (count: number) => string;
};

/** The comparison matrix as plain text per cell: shown as a table and exported as CSV. */
export function buildMatrix(rows: TMatrixRow[], locale: TLocale, labels: TLabels): TMatrix {
  const text = (value: unknown) => resolveText(value, locale).text;
  const names = (list: TMatrixRow["memberships"]) =>
    list
      .map((m) => participantName(m.participant, locale))
      .sort((a, b) => a.localeCompare(b, locale))
      .join(", ");
  return {
    rows: rows.map((row) => {
      const members = row.memberships.filter((m) => m.role === "MEMBER");
      const others = row.memberships.filter((m) => m.role !== "MEMBER");
      const hosts = row.secretariatHosts.map((host) => participantName(host.participant, locale)).join(", ");
      return {
        slug: row.slug,
        rcp: row.name === row.shortName ? row.name : `${row.shortName} — ${row.name}`,
        cells: {
          year: String(row.yearEstablished),
          governments: `${names(members)} (${labels.total(members.length)})`,
          observers: names(others),
          secretariat: [labels.secretariatKind(row.secretariatKind), hosts, text(row.secretariatText)]
            .filter(Boolean)
            .join("\n"),
          areas: text(row.description),
          priorities: row.priorities
            .map((priority, index) => `${index + 1}. ${text(priority.text)}`)
            .join("\n"),
        },
      };
    }),
  };
}

/** Columns named in `?cols=`, in matrix order; all of them when none is valid. */
export function parseColumns(value: string | null): TMatrixColumn[] {
  const wanted = new Set((value ?? "").split(","));
  const chosen = MATRIX_COLUMNS.filter((column) => wanted.has(column));
  return chosen.length > 0 ? chosen : [...MATRIX_COLUMNS];
}
