"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { PROFILE_LIMITS } from "~/domain/rcp/profile-schema";
import { Button } from "~/components/ui/button";
import { ListError, LocalizedTextField, type TValues } from "./controls";
import { EditSection } from "./edit-section";
import { AddButton, RemoveButton } from "./item-list";

export function TextsSection() {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const priorities = useFieldArray<TValues>({ name: "priorities" });
  return (
    <EditSection name="texts">
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
                  {([-1, 1] as const).map((step) => (
                    <Button
                      key={step}
                      variant="secondary"
                      size="sm"
                      onClick={() => priorities.move(index, index + step)}
                      disabled={step < 0 ? index === 0 : index === priorities.fields.length - 1}
                      aria-label={t(step < 0 ? "moveUp" : "moveDown", { item })}
                    >
                      {step < 0 ? "↑" : "↓"}
                    </Button>
                  ))}
                  <RemoveButton item={item} onClick={() => priorities.remove(index)} />
                </div>
              </li>
            );
          })}
        </ol>
        <ListError name="priorities" />
        <AddButton onClick={() => priorities.append({ en: "", fr: "", es: "" })}>
          {t("addPriority")}
        </AddButton>
      </div>
    </EditSection>
  );
}
