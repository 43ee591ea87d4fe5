"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { DOCUMENT_KINDS } from "~/domain/rcp/profile-schema";
import { ListError, SelectField, TextField, type TValues } from "./controls";
import { EditSection } from "./edit-section";
import { AddButton, RemoveButton } from "./item-list";

export function DocumentsSection() {
  const t = useTranslations("EditProfile");
  const tRcp = useTranslations("Rcp");
  const documents = useFieldArray<TValues>({ name: "foundingDocuments" });
  return (
    <EditSection name="documents">
      {documents.fields.length === 0 && <p className="text-sm text-muted">{t("noItems")}</p>}
      <ol className="space-y-3">
        {documents.fields.map((field, index) => {
          const item = t("document", { index: index + 1 });
          return (
            <li key={field.id}>
              <fieldset className="grid items-start gap-3 rounded border border-line p-3 md:grid-cols-[1fr_7rem_14rem_auto]">
                <legend className="px-1 text-sm font-semibold">{item}</legend>
                <TextField name={`foundingDocuments.${index}.title`} label={t("documentTitle")} />
                <TextField
                  name={`foundingDocuments.${index}.year`}
                  label={t("documentYear")}
                  type="number"
                  options={{
                    setValueAs: (value: string | number | null) =>
                      value === "" || value === null ? null : Number(value),
                  }}
                />
                <SelectField
                  name={`foundingDocuments.${index}.kind`}
                  label={t("documentKind")}
                  options={DOCUMENT_KINDS.map((kind) => ({
                    value: kind,
                    label: tRcp(`documentKind.${kind}`),
                  }))}
                />
                <RemoveButton item={item} onClick={() => documents.remove(index)} className="md:mt-6" />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <ListError name="foundingDocuments" />
      <AddButton onClick={() => documents.append({ title: "", year: null, kind: "DECLARATION" })}>
        {t("addDocument")}
      </AddButton>
    </EditSection>
  );
}
