// Messages are split per domain (one file per namespace group and language) so features can be
// translated independently; each locale's files are merged here.
import enCountry from "./messages/en/country.json";
import enOverlap from "./messages/en/overlap.json";
import enRcp from "./messages/en/rcp.json";
import enShell from "./messages/en/shell.json";
import enTimeline from "./messages/en/timeline.json";
import esCountry from "./messages/es/country.json";
import esOverlap from "./messages/es/overlap.json";
import esRcp from "./messages/es/rcp.json";
import esShell from "./messages/es/shell.json";
import esTimeline from "./messages/es/timeline.json";
import frCountry from "./messages/fr/country.json";
import frOverlap from "./messages/fr/overlap.json";
import frRcp from "./messages/fr/rcp.json";
import frShell from "./messages/fr/shell.json";
import frTimeline from "./messages/fr/timeline.json";
import type { TLocale } from "./routing";

export const messageFiles = {
  en: { shell: enShell, rcp: enRcp, country: enCountry, overlap: enOverlap, timeline: enTimeline },
  fr: { shell: frShell, rcp: frRcp, country: frCountry, overlap: frOverlap, timeline: frTimeline },
  es: { shell: esShell, rcp: esRcp, country: esCountry, overlap: esOverlap, timeline: esTimeline },
} as const;

const merge = (files: Record<string, object>) => Object.assign({}, ...Object.values(files)) as TMessages;

export type TMessages = typeof enShell &
  typeof enRcp &
  typeof enCountry &
  typeof enOverlap &
  typeof enTimeline;

export const messages: Record<TLocale, TMessages> = {
  en: merge(messageFiles.en),
  fr: merge(messageFiles.fr),
  es: merge(messageFiles.es),
};
