"use client";

import { useTranslations } from "next-intl";
import { controlProps, Field, FormField, inputClass } from "~/components/ui/form-field";
import type { TRecommendationFormValues } from "~/domain/recommendation/form-values";
import { RECOMMENDATION_LANGUAGES } from "~/domain/recommendation/vocabulary";
import { ThemeChoices } from "./theme-choices";

export type TThemeChoice = { slug: string; label: string };

type TProps = {
  /** Makes the ids unique when one page holds several of these forms. */
  idPrefix: string;
  values: TRecommendationFormValues;
  onChange: (values: TRecommendationFormValues) => void;
  themes: TThemeChoice[];
  /** Already translated, keyed by the server's field names ("number", "text", "text.en", "themes"). */
  errors: Record<string, string>;
};

/** The fields of one recommendation, shared by the add and edit forms. */
export function ItemFields({ idPrefix, values, onChange, themes, errors }: TProps) {
  const t = useTranslations("RecommendationForm");
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <FormField
        id={id("number")}
        label={t("number")}
        inputMode="numeric"
        value={values.number}
        onChange={(event) => onChange({ ...values, number: event.target.value })}
        error={errors.number}
        className="max-w-32"
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("text")}</legend>
        {errors.text && <p className="text-sm font-medium text-danger">{errors.text}</p>}
        {RECOMMENDATION_LANGUAGES.map((language) => (
          <Field
            key={language}
            id={id(`text-${language}`)}
            label={t(`text_${language}`)}
            error={errors[`text.${language}`]}
          >
            <textarea
              lang={language}
              rows={3}
              value={values[language]}
              onChange={(event) => onChange({ ...values, [language]: event.target.value })}
              className={inputClass}
              {...controlProps(id(`text-${language}`), { error: errors[`text.${language}`] })}
            />
          </Field>
        ))}
      </fieldset>
      <ThemeChoices
        legend={t("itemThemes")}
        themes={themes}
        chosen={values.themes}
        onChange={(chosen) => onChange({ ...values, themes: chosen })}
        error={errors.themes}
      />
    </>
  );
}
