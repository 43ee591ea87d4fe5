"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormField, SelectField } from "~/components/ui/form-field";
import { DOCUMENT_KINDS } from "~/domain/activity-document/vocabulary";
import { VISIBILITIES, type TVisibility } from "~/domain/activity/vocabulary";
import { WORKING_LANGUAGES } from "~/domain/activity/working-languages";
import { languageName } from "./document-format";
import type { TDocumentMetadata } from "~/domain/activity-document/schema";

type TProps = {
  idPrefix: string;
  values: TDocumentMetadata;
  onChange: (values: TDocumentMetadata) => void;
  errors: Record<string, string>;
  /** The activity's tier: wider choices are not offered (the server refuses them too). */
  activityVisibility: TVisibility;
};

/** Kind, title, language, date and visibility: the same fields to upload and to edit. */
export function MetadataFields({ idPrefix, values, onChange, errors, activityVisibility }: TProps) {
  const t = useTranslations("DocumentsManage");
  const tKind = useTranslations("DocumentsKinds");
  const tList = useTranslations("DocumentsList");
  const locale = useLocale();
  const set = (field: keyof TDocumentMetadata) => (event: { target: { value: string } }) =>
    onChange({ ...values, [field]: event.target.value });
  const allowed = VISIBILITIES.slice(VISIBILITIES.indexOf(activityVisibility));
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        id={`${idPrefix}-kind`}
        name="kind"
        label={t("kind")}
        value={values.kind}
        onChange={set("kind")}
        error={errors.kind}
        options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: tKind(kind) }))}
      />
      <FormField
        id={`${idPrefix}-title`}
        name="title"
        label={t("titleField")}
        value={values.title}
        onChange={set("title")}
        error={errors.title}
        maxLength={300}
      />
      <SelectField
        id={`${idPrefix}-language`}
        name="language"
        label={t("language")}
        value={values.language}
        onChange={set("language")}
        error={errors.language}
        options={WORKING_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) }))}
      />
      <FormField
        id={`${idPrefix}-date`}
        name="date"
        type="date"
        label={t("date")}
        value={values.date}
        onChange={set("date")}
        error={errors.date}
      />
      <SelectField
        id={`${idPrefix}-visibility`}
        name="visibility"
        label={t("visibility")}
        value={values.visibility}
        onChange={set("visibility")}
        error={errors.visibility}
        options={allowed.map((tier) => ({ value: tier, label: tList(tier) }))}
      />
    </div>
  );
}
