import type { TLocale } from "~/i18n/routing";
import { countryName } from "~/domain/country/names";
import { resolveText } from "./localized-text";

export type TParticipantRef = {
  code: string;
  kind: string;
  acronym?: string | null;
  /** Organisations: the acronym in French and Spanish where it differs from English ({ fr?, es? }). */
  localizedAcronyms?: unknown;
  name?: unknown;
};

/** An organisation's acronym in the reader's language: OIM on French and Spanish pages, not IOM. */
export function participantAcronym(participant: TParticipantRef, locale: TLocale): string | null {
  if (participant.kind !== "ORGANISATION") return null;
  const translated = locale === "en" ? undefined : readAcronyms(participant.localizedAcronyms)[locale];
  return translated?.trim() || participant.acronym || null;
}

/** A state's ISO name, or an organisation's name in the reader's language (with its acronym). */
export function participantName(participant: TParticipantRef, locale: TLocale): string {
  if (participant.kind !== "ORGANISATION") return countryName(participant.code, locale);
  const name = resolveText(participant.name, locale).text || participant.code;
  const acronym = participantAcronym(participant, locale);
  return acronym ? `${name} (${acronym})` : name;
}

export function participantShortName(participant: TParticipantRef, locale: TLocale): string {
  return participantAcronym(participant, locale) ?? participantName(participant, locale);
}

/** The stored French and Spanish acronyms; anything else than strings reads as none. */
export function readAcronyms(value: unknown): { fr?: string; es?: string } {
  if (typeof value !== "object" || value === null) return {};
  const { fr, es } = value as Record<string, unknown>;
  return { fr: typeof fr === "string" ? fr : undefined, es: typeof es === "string" ? es : undefined };
}
