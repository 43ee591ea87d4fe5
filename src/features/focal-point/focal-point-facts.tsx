import { useLocale, useTranslations } from "next-intl";
import { participantName } from "~/lib/participant-name";

export type TFocalPointFacts = {
  id: string;
  name: string;
  title: string;
  agency: string;
  email: string;
  phone: string;
  languages: string[];
  since: string;
  endedAt: string;
  visibility: "ALL_SECRETARIATS" | "OWN_RCP";
  createdAt: Date;
  addedBy: string | null;
  participant: {
    code: string;
    kind: string;
    acronym?: string | null;
    localizedAcronyms?: unknown;
    name?: unknown;
  };
};

const dayOf = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** One person as every focal-point view shows them: who, for whom, how to reach them, since when, added by whom. */
export function FocalPointFacts({
  person,
  isRepresentedShown = true,
}: {
  person: TFocalPointFacts;
  isRepresentedShown?: boolean;
}) {
  const t = useTranslations("FocalPoints");
  const locale = useLocale();
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  return (
    <div className="space-y-1">
      <p className="font-semibold">{person.name}</p>
      {isRepresentedShown && (
        <p className="text-sm">
          {t("representing")} {participantName(person.participant, locale)}
        </p>
      )}
      {(person.title || person.agency) && (
        <p className="text-sm">{[person.title, person.agency].filter(Boolean).join(", ")}</p>
      )}
      <p className="text-sm">
        <a className="underline" href={`mailto:${person.email}`}>
          {person.email}
        </a>
        {person.phone && <> · {person.phone}</>}
      </p>
      {person.languages.length > 0 && (
        <p className="text-sm text-muted">
          {t("languages", { list: person.languages.map((code) => languages.of(code) ?? code).join(", ") })}
        </p>
      )}
      <p className="text-sm text-muted">
        {[
          person.since ? t("since", { date: dayOf(person.since, locale) }) : null,
          person.endedAt ? t("ended", { date: dayOf(person.endedAt, locale) }) : null,
          person.visibility === "OWN_RCP" ? t("visibilityOwn") : t("visibilityAll"),
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <p className="text-xs text-muted">
        {person.addedBy
          ? t("addedBy", {
              name: person.addedBy,
              date: dayOf(person.createdAt.toISOString().slice(0, 10), locale),
            })
          : t("addedOn", { date: dayOf(person.createdAt.toISOString().slice(0, 10), locale) })}
      </p>
    </div>
  );
}
