"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { PROFILE_LIMITS } from "~/domain/rcp/profile-schema";
import { buttonClass, ListError, LocalizedTextField, Section, type TValues } from "./controls";

export function TextsSection() {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const { control } = useFormContext<TValues>();
  const priorities = useFieldArray({ control, name: "priorities" });
  return (
    <Section id="texts" title={t("sections.texts")}>
      <LocalizedTextField
        name="description"
        label={tField("description")}
        rows={10}
        hint={t("maxCharacters", { max: PROFILE_LIMITS.text })}
      />
      <div className="space-y-3">
        <h3 className="font-semibold">{tField("priorities")}</h3>
        <p className="text-xs text-muted">
          {t("maxItems", { max: PROFILE_LIMITS.priorities })}{" "}
          {t("maxCharacters", { max: PROFILE_LIMITS.priority })}
        </p>
        {priorities.fields.length === 0 && <p className="text-sm text-muted">{t("noItems")}</p>}
        <ol className="space-y-4">
          {priorities.fields.map((field, index) => {
            const item = t("priority", { index: index + 1 });
            return (
              <li key={field.id} className="space-y-2 border-l-4 border-brand-soft pl-3">
                <LocalizedTextField name={`priorities.${index}`} label={item} rows={3} />
                <div className="flex flex-wrap gap-2">
                  <button
                    type="button"
                    onClick={() => priorities.move(index, index - 1)}
                    disabled={index === 0}
                    className={buttonClass}
                    aria-label={t("moveUp", { item })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    onClick={() => priorities.move(index, index + 1)}
                    disabled={index === priorities.fields.length - 1}
                    className={buttonClass}
                    aria-label={t("moveDown", { item })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    onClick={() => priorities.remove(index)}
                    className={buttonClass}
                    aria-label={t("removeItem", { item })}
                  >
                    {t("remove")}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <ListError name="priorities" />
        <button
          type="button"
          onClick={() => priorities.append({ en: "", fr: "", es: "" })}
          className={buttonClass}
        >
          {t("addPriority")}
        </button>
      </div>
    </Section>
  );
}
