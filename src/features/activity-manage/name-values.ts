import { nameGender, rcpShortName } from "~/domain/rcp/names";
import type { TLocale } from "~/i18n/routing";

/** A process's short name in the reader's language, with the article its grammar asks for. */
export function nameValues(rcp: { shortName: string; localizedNames: unknown }, locale: TLocale) {
  const name = rcpShortName(rcp, locale);
  return { name, gender: nameGender(name, locale) };
}
