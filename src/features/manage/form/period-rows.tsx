"use client";

// A table of participants with a role and a period: memberships and chair terms.
import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, type FieldArrayPath } from "react-hook-form";
import type { TNameLookup } from "../profile-labels";
import { buttonClass, ListError, SelectField, TextField, type TValues } from "./controls";
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
    <div className="space-y-2">
      {rows.fields.length === 0 ? (
        <p className="text-sm text-muted">{t("noItems")}</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-2 font-semibold">
                {t("participantCode")}
              </th>
              <th scope="col" className="py-2 pr-2 font-semibold">
                {t("role")}
              </th>
              <th scope="col" className="py-2 pr-2 font-semibold">
                {t("from")}
              </th>
              <th scope="col" className="py-2 pr-2 font-semibold">
                {t("until")}
              </th>
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.fields.map((field, index) => (
              <tr key={field.id} className="border-b border-line align-top">
                <td className="py-2 pr-2">
                  <ParticipantField
                    name={`${name}.${index}.code`}
                    label={`${rowLabel(index)}: ${t("participantCode")}`}
                    listId={listId}
                    lookup={lookup}
                  />
                </td>
                <td className="py-2 pr-2">
                  <SelectField
                    name={`${name}.${index}.role`}
                    label={`${rowLabel(index)}: ${t("role")}`}
                    options={roles}
                    isLabelHidden
                  />
                </td>
                <td className="w-32 py-2 pr-2">
                  <TextField
                    name={`${name}.${index}.start`}
                    label={`${rowLabel(index)}: ${t("from")}`}
                    isLabelHidden
                  />
                </td>
                <td className="w-32 py-2 pr-2">
                  <TextField
                    name={`${name}.${index}.end`}
                    label={`${rowLabel(index)}: ${t("until")}`}
                    isLabelHidden
                  />
                </td>
                <td className="py-2 text-right">
                  <button
                    type="button"
                    onClick={() => rows.remove(index)}
                    className={buttonClass}
                    aria-label={t("removeItem", { item: describe(index) })}
                  >
                    {t("remove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ListError name={name} />
      <button
        type="button"
        onClick={() => rows.append({ code: "", role: roles[0]?.value as never, start: "", end: "" })}
        className={buttonClass}
      >
        {addLabel}
      </button>
    </div>
  );
}
