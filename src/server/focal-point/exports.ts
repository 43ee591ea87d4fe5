// The focal points a reader may see on a country page, as a CSV file and as vCards. Same audience
// and filter as the `focalPoint.byCountry` procedure (policy.ts), so a file never holds a person
// the page would not show.
import { createTranslator } from "next-intl";
import VCard from "vcard-creator";
import en from "~/i18n/messages/en/focal-points.json";
import es from "~/i18n/messages/es/focal-points.json";
import fr from "~/i18n/messages/fr/focal-points.json";
import type { TLocale } from "~/i18n/routing";
import { toCsv } from "~/lib/csv";
import { rcpShortName } from "~/domain/rcp/names";
import { participantName } from "~/lib/participant-name";
import type { TDb } from "~/server/db-client";
import type { TAccess } from "~/server/user/access";
import { listCountryFocalPoints } from "./data";
import { visibleFocalPointsWhere } from "./policy";

const FILES = { en, fr, es } as const;

/** "unauthorized" for anonymous callers, "forbidden" for people of no secretariat. */
export type TExportRefusal = "unauthorized" | "forbidden";

async function countryRows(db: TDb, access: TAccess | null, code: string, locale: TLocale) {
  if (!access) return "unauthorized" as const;
  const visible = visibleFocalPointsWhere(access);
  if (!visible) return "forbidden" as const;
  const processes = await listCountryFocalPoints(db, code, visible);
  return processes.flatMap((process) =>
    process.focalPoints.map((person) => ({
      process: rcpShortName(process.rcp, locale),
      represents: participantName(person.participant, locale),
      person,
    })),
  );
}

export async function countryFocalPointsCsv(
  db: TDb,
  access: TAccess | null,
  code: string,
  locale: TLocale,
): Promise<{ file: string } | { refused: TExportRefusal }> {
  const rows = await countryRows(db, access, code, locale);
  if (typeof rows === "string") return { refused: rows };
  const t = createTranslator({ locale, messages: FILES[locale], namespace: "FocalPointExport" });
  const header = [
    t("process"),
    t("represents"),
    t("name"),
    t("title"),
    t("agency"),
    t("email"),
    t("phone"),
    t("languages"),
    t("since"),
    t("until"),
    t("visibility"),
  ];
  const file = toCsv([
    header,
    ...rows.map(({ process, represents, person }) => [
      process,
      represents,
      person.name,
      person.title,
      person.agency,
      person.email,
      person.phone,
      person.languages.join(" "),
      person.since,
      person.endedAt,
      t(person.visibility),
    ]),
  ]);
  return { file };
}

export async function countryFocalPointsVcard(
  db: TDb,
  access: TAccess | null,
  code: string,
  locale: TLocale,
): Promise<{ file: string } | { refused: TExportRefusal }> {
  const rows = await countryRows(db, access, code, locale);
  if (typeof rows === "string") return { refused: rows };
  const file = rows
    .map(({ process, represents, person }) => {
      const card = new VCard().addName({ familyName: person.name });
      card.addEmail({ address: person.email });
      if (person.agency) card.addCompany({ name: person.agency });
      if (person.title) card.addJobtitle(person.title);
      if (person.phone) card.addPhoneNumber({ number: person.phone, type: ["work"] });
      card.addNote(`${represents} – ${process}`);
      card.addUid(`urn:rcp-exchange:focal-point:${person.id}`);
      return card.toString();
    })
    .join("");
  return { file };
}
