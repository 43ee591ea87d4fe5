import type { TDb } from "~/server/db-client";

export const adminOrganisationSelect = {
  id: true,
  code: true,
  acronym: true,
  localizedAcronyms: true,
  name: true,
} as const;

/** Every organisation a profile can name, with its acronyms per language. */
export function listAdminOrganisations(db: TDb) {
  return db.participant.findMany({
    where: { kind: "ORGANISATION" },
    select: adminOrganisationSelect,
    orderBy: { code: "asc" },
  });
}
