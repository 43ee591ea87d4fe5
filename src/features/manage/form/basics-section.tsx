"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { REGIONS } from "~/domain/rcp/regions";
import { SelectField, TextField, type TValues } from "./controls";
import { EditSection } from "./edit-section";
import { ItemList, RemoveButton } from "./item-list";
import { NameTranslations } from "./name-translations";

export function BasicsSection() {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const tRcp = useTranslations("Rcp");
  const otherNames = useFieldArray<TValues>({ name: "otherNames" });
  return (
    <EditSection name="basics">
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
      <NameTranslations />
      <ItemList
        legend={tField("otherNames")}
        name="otherNames"
        count={otherNames.fields.length}
        addLabel={t("addOtherName")}
        onAdd={() => otherNames.append({ name: "" })}
      >
        {otherNames.fields.map((field, index) => (
          <li key={field.id} className="flex items-start gap-2">
            <TextField
              name={`otherNames.${index}.name`}
              label={t("otherName", { index: index + 1 })}
              labelMode="hidden"
              className="flex-1 space-y-1"
            />
            <RemoveButton
              item={t("otherName", { index: index + 1 })}
              onClick={() => otherNames.remove(index)}
              className="mt-1"
            />
          </li>
        ))}
      </ItemList>
    </EditSection>
  );
}
