"use client";

// Rows of participants with a role and a period: memberships and chair terms. Column headings on
// wide screens; on narrow ones each row stacks its fields with their own labels.
import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, type FieldArrayPath } from "react-hook-form";
import type { TNameLookup } from "../profile-labels";
import { ListError, SelectField, TextField, type TValues } from "./controls";
import { AddButton, RemoveButton } from "./item-list";
import { ParticipantField } from "./participant-field";

type TProps = {
  name: Extract<FieldArrayPath<TValues>, "memberships" | "chairTerms">;
  caption: string;
  roles: readonly { value: string; label: string }[];
  rowLabel: (index: number) => string;
  addLabel: string;
  listId: string;
  lookup: TNameLookup;
};

const COLUMNS = "md:grid md:grid-cols-[minmax(0,1fr)_11rem_8rem_8rem_auto] md:gap-3";

export function PeriodRows({ name, caption, roles, rowLabel, addLabel, listId, lookup }: TProps) {
  const t = useTranslations("EditProfile");
  const { control, getValues } = useFormContext<TValues>();
  const rows = useFieldArray({ control, name });
  const describe = (index: number) => {
    const code = getValues(`${name}.${index}.code`).trim();
    const participant = code ? lookup.participant(code) : null;
    return participant ? `${rowLabel(index)} (${participant})` : rowLabel(index);
  };
  return (
    <div role="group" aria-label={caption} className="space-y-2">
      {rows.fields.length === 0 ? (
        <p className="text-sm text-muted">{t("noItems")}</p>
      ) : (
        <>
          <div
            aria-hidden="true"
            className={`hidden border-b border-line pb-2 text-sm font-semibold ${COLUMNS}`}
          >
            <span>{t("participantCode")}</span>
            <span>{t("role")}</span>
            <span>{t("from")}</span>
            <span>{t("until")}</span>
            <span />
          </div>
          <ol className="divide-y divide-line">
            {rows.fields.map((field, index) => (
              <li key={field.id} className={`grid grid-cols-2 items-start gap-2 py-2 ${COLUMNS}`}>
                <div className="col-span-2 md:col-span-1">
                  <ParticipantField
                    name={`${name}.${index}.code`}
                    label={t("participantCode")}
                    labelPrefix={rowLabel(index)}
                    labelMode="narrow"
                    listId={listId}
                    lookup={lookup}
                  />
                </div>
                <div className="col-span-2 md:col-span-1">
                  <SelectField
                    name={`${name}.${index}.role`}
                    label={t("role")}
                    labelPrefix={rowLabel(index)}
                    labelMode="narrow"
                    options={roles}
                  />
                </div>
                <TextField
                  name={`${name}.${index}.start`}
                  label={t("from")}
                  labelPrefix={rowLabel(index)}
                  labelMode="narrow"
                />
                <TextField
                  name={`${name}.${index}.end`}
                  label={t("until")}
                  labelPrefix={rowLabel(index)}
                  labelMode="narrow"
                />
                <RemoveButton
                  item={describe(index)}
                  onClick={() => rows.remove(index)}
                  className="col-span-2 justify-self-start md:col-span-1"
                />
              </li>
            ))}
          </ol>
        </>
      )}
      <ListError name={name} />
      <AddButton
        onClick={() => rows.append({ code: "", role: roles[0]?.value as never, start: "", end: "" })}
      >
        {addLabel}
      </AddButton>
    </div>
  );
}
