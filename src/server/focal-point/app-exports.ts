// The focal-point export routes' entry points: the app's database, chosen here so the routes pass
// only the reader and the request's values.
import { db } from "~/server/db";
import type { TLocale } from "~/i18n/routing";
import type { TAccess } from "~/server/user/access";
import { countryFocalPointsCsv, countryFocalPointsVcard } from "./exports";

export const focalPointsCsvFor = (access: TAccess | null, code: string, locale: TLocale) =>
  countryFocalPointsCsv(db, access, code, locale);

export const focalPointsVcardFor = (access: TAccess | null, code: string, locale: TLocale) =>
  countryFocalPointsVcard(db, access, code, locale);
