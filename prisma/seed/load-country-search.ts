// Countries' names come from the ISO list and our own list of former and usual names, not from a
// table, so the search table's country entries are written here rather than by a trigger. Run on
// every start (not only on an empty database) so an existing platform gets them and later names.
import { countryName, countryNameVariants } from "../../src/domain/country/names";
import type { TDb } from "../../src/server/db-client";

const LANGUAGES = ["en", "fr", "es"] as const;

export async function loadCountrySearch(db: TDb) {
  const states = await db.participant.findMany({
    where: { kind: { in: ["STATE", "TERRITORY"] } },
    select: { code: true },
  });
  const rows = states.flatMap(({ code }) =>
    LANGUAGES.map((language) => ({
      code,
      language,
      title: countryName(code, language),
      names: [code, ...countryNameVariants(code, language)].join(" "),
    })),
  );
  if (rows.length === 0) return;
  // The vector is computed by the table's trigger, from the names in that language.
  await db.$executeRaw`
    INSERT INTO "SearchEntry" ("entityType", "entityId", "language", "title", "names")
    SELECT 'COUNTRY', r.code, r.language, r.title, r.names
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(code text, language text, title text, names text)
    ON CONFLICT ("entityType", "entityId", "language")
    DO UPDATE SET "title" = EXCLUDED."title", "names" = EXCLUDED."names"`;
}
