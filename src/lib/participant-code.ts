import countries from "i18n-iso-countries";

/** Organisations are named by a stable kebab-case slug ("iom", "world-bank"). */
const ORGANISATION_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An ISO 3166-1 alpha-2 code (states and territories). Needs no language data, so it runs in the browser. */
export function isIsoCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function isOrganisationCodeFormat(code: string): boolean {
  return code.length <= 64 && ORGANISATION_CODE.test(code);
}

/** The shape of a participant code; whether an organisation exists is the database's to say. */
export function isParticipantCodeFormat(code: string): boolean {
  return isIsoCountryCode(code) || isOrganisationCodeFormat(code);
}
