import type { TLocale } from "~/i18n/routing";
import { countryName } from "~/domain/country/names";
import { resolveText } from "./localized-text";

export type TParticipantRef = { code: string; kind: string; acronym?: string | null; name?: unknown };

/** A state's ISO name, or an organisation's name in the reader's language (with its acronym). */
export function participantName(participant: TParticipantRef, locale: TLocale): string {
  if (participant.kind !== "ORGANISATION") return countryName(participant.code, locale);
  const name = resolveText(participant.name, locale).text || participant.code;
  return participant.acronym ? `${name} (${participant.acronym})` : name;
}

export function participantShortName(participant: TParticipantRef, locale: TLocale): string {
  if (participant.kind === "ORGANISATION" && participant.acronym) return participant.acronym;
  return participantName(participant, locale);
}
