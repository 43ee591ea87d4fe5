"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { REGIONS } from "~/domain/rcp/regions";
import { buttonClass, ListError, Section, SelectField, TextField, type TValues } from "./controls";

export function BasicsSection() {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const tRcp = useTranslations("Rcp");
  const { control } = useFormContext<TValues>();
  const otherNames = useFieldArray({ control, name: "otherNames" });
  return (
    <Section id="basics" title={t("sections.basics")}>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="name" label={tField("name")} className="space-y-1 md:col-span-2" />
        <TextField name="shortName" label={tField("shortName")} />
        <TextField name="acronym" label={tField("acronym")} />
        <TextField
          name="yearEstablished"
          label={tField("yearEstablished")}
          type="number"
          options={{ valueAsNumber: true }}
        />
        <SelectField
          name="region"
          label={tField("region")}
          options={REGIONS.map((region) => ({ value: region, label: tRcp(`region.${region}`) }))}
        />
        <TextField
          name="website"
          label={tField("website")}
          type="url"
          hint="https://…"
          className="space-y-1 md:col-span-2"
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{tField("otherNames")}</legend>
        {otherNames.fields.length === 0 && <p className="text-sm text-muted">{t("noItems")}</p>}
        <ol className="space-y-2">
          {otherNames.fields.map((field, index) => (
            <li key={field.id} className="flex items-start gap-2">
              <TextField
                name={`otherNames.${index}.name`}
                label={t("otherName", { index: index + 1 })}
                labelMode="hidden"
                className="flex-1 space-y-1"
              />
              <button
                type="button"
                onClick={() => otherNames.remove(index)}
                className={`${buttonClass} mt-1`}
                aria-label={t("removeItem", { item: t("otherName", { index: index + 1 }) })}
              >
                {t("remove")}
              </button>
            </li>
          ))}
        </ol>
        <ListError name="otherNames" />
        <button type="button" onClick={() => otherNames.append({ name: "" })} className={buttonClass}>
          {t("addOtherName")}
        </button>
      </fieldset>
    </Section>
  );
}
