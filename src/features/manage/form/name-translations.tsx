"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useWatch } from "react-hook-form";
import { TextField, type TValues } from "./controls";

const LANGUAGES = ["fr", "es"] as const;

/**
 * The process's official French and Spanish names. The acronym pair shows only for a process that
 * has an acronym (or already has a translated one), so an officer is not asked to invent one.
 */
export function NameTranslations() {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const [acronym, acronymTranslations] = useWatch<TValues, ["acronym", "acronymTranslations"]>({
    name: ["acronym", "acronymTranslations"],
  });
  const hasAcronym = Boolean(acronym?.trim() || acronymTranslations?.fr || acronymTranslations?.es);
  const hintId = useId();
  return (
    <fieldset className="space-y-3 rounded border border-line p-3" aria-describedby={hintId}>
      <legend className="px-1 font-semibold">{t("namesInLanguages")}</legend>
      <p id={hintId} className="text-sm text-muted">
        {t("namesInLanguagesHint")}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {LANGUAGES.map((language) => (
          <div key={language} className="space-y-3">
            <TextField
              name={`nameTranslations.${language}`}
              label={t("nameInLanguage", { field: tField("name"), language })}
            />
            <TextField
              name={`shortNameTranslations.${language}`}
              label={t("nameInLanguage", { field: tField("shortName"), language })}
            />
            {hasAcronym && (
              <TextField
                name={`acronymTranslations.${language}`}
                label={t("nameInLanguage", { field: tField("acronym"), language })}
              />
            )}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
