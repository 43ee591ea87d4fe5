import { distinctFullName } from "~/domain/rcp/full-name";
import { rcpNames } from "~/domain/rcp/names";
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

/** One line of a cell; `isFallback` when it is the English original shown on a French or Spanish page. */
export type TCellPart = { text: string; isFallback: boolean };

export type TMatrixProcess = {
  slug: string;
  /** Short name — full name, as the 2008 matrix names a process. */
  rcp: string;
  shortName: string;
  name: string;
  cells: Record<TMatrixColumn, TCellPart[]>;
};

export type TMatrix = { rows: TMatrixProcess[] };

type TLabels = {
  secretariatKind: (kind: TMatrixRow["secretariatKind"]) => string;
  total: (count: number) => string;
};

/**
 * The comparison matrix as plain text per cell, shown as a table and exported as CSV. Processes come
 * in alphabetical order of their short name in the reader's language, the order of the chooser.
 */
export function buildMatrix(rows: TMatrixRow[], locale: TLocale, labels: TLabels): TMatrix {
  const plain = (text: string): TCellPart[] => (text ? [{ text, isFallback: false }] : []);
  const localized = (value: unknown, prefix = ""): TCellPart[] => {
    const resolved = resolveText(value, locale);
    return resolved.text ? [{ text: `${prefix}${resolved.text}`, isFallback: resolved.isFallback }] : [];
  };
  const names = (list: TMatrixRow["memberships"]) =>
    list
      .map((m) => participantName(m.participant, locale))
      .sort((a, b) => a.localeCompare(b, locale))
      .join(", ");
  const processes = rows.map((row) => {
    const members = row.memberships.filter((m) => m.role === "MEMBER");
    const others = row.memberships.filter((m) => m.role !== "MEMBER");
    const hosts = row.secretariatHosts.map((host) => participantName(host.participant, locale)).join(", ");
    const { name, shortName } = rcpNames(row, locale);
    return {
      slug: row.slug,
      rcp: distinctFullName({ name: name.text, shortName: shortName.text })
        ? `${shortName.text} — ${name.text}`
        : shortName.text,
      shortName: shortName.text,
      name: name.text,
      cells: {
        year: plain(String(row.yearEstablished)),
        governments: plain(`${names(members)} (${labels.total(members.length)})`),
        observers: plain(names(others)),
        secretariat: [
          ...plain(labels.secretariatKind(row.secretariatKind)),
          ...plain(hosts),
          ...localized(row.secretariatText),
        ],
        areas: localized(row.description),
        priorities: row.priorities.flatMap((priority, index) => localized(priority.text, `${index + 1}. `)),
      },
    };
  });
  return { rows: processes.sort((a, b) => a.shortName.localeCompare(b.shortName, locale)) };
}

/** A cell as one text, each English original followed by its marker, e.g. "(English original)". */
export function cellText(parts: TCellPart[], marker: string): string {
  return parts.map((part) => (part.isFallback ? `${part.text} (${marker})` : part.text)).join("\n");
}
