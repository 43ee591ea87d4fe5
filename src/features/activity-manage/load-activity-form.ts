import "server-only";
import countries from "i18n-iso-countries";
import type { TActivityFields } from "~/domain/activity/schema";
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import { participantName } from "~/lib/participant-name";
import type { TActivityFormOptions } from "./form-options";
import type { loadActivityRcp } from "./load-activity-rcp";

type TCaller = Awaited<ReturnType<typeof loadActivityRcp>>["caller"];

let timeZones: readonly string[] | undefined;

/** Every IANA zone the server accepts, named as the form offers them (the browser may know others). */
export function timeZoneList(): readonly string[] {
  timeZones ??= [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])].sort();
  return timeZones;
}

/** Themes of the shared taxonomy and countries, named and sorted in the reader's language. */
export async function loadFormOptions(caller: TCaller, locale: TLocale): Promise<TActivityFormOptions> {
  const { compare } = new Intl.Collator(locale);
  const themes = (await caller.rcp.listThemes())
    .map((theme) => ({ slug: theme.slug, label: resolveText(theme.label, locale).text || theme.slug }))
    .sort((a, b) => compare(a.label, b.label));
  const states = Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ code, name: participantName({ code, kind: "STATE" }, locale) }))
    .sort((a, b) => compare(a.name, b.name));
  return { themes, countries: states };
}

/** A new activity before anything is typed; the time zone is the browser's, set by the form. */
export const BLANK_ACTIVITY: TActivityFields = {
  kind: "WORKSHOP",
  title: { en: "", fr: "", es: "" },
  summary: { en: "", fr: "", es: "" },
  startDate: "",
  startTime: "",
  endDate: "",
  endTime: "",
  timeZone: "",
  location: "",
  countryCode: "",
  isOnline: false,
  themes: [],
  workingLanguages: [],
  contact: "",
  visibility: "PUBLIC",
};

/** The stored fields with every language's inputs present, so an untouched form is not "changed". */
export function withAllLanguages(fields: TActivityFields): TActivityFields {
  return {
    ...fields,
    title: { ...BLANK_ACTIVITY.title, ...fields.title },
    summary: { ...BLANK_ACTIVITY.summary, ...fields.summary },
  };
}
