"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import type { TNameLookup } from "../profile-labels";
import { CHAIR_ROLES, SECRETARIAT_KINDS } from "~/domain/rcp/profile-schema";
import { buttonClass, ListError, LocalizedTextField, Section, SelectField, type TValues } from "./controls";
import { ParticipantField } from "./participant-field";
import { PeriodRows } from "./period-rows";

type TProps = { listId: string; lookup: TNameLookup };

export function SecretariatSection({ listId, lookup }: TProps) {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const tRcp = useTranslations("Rcp");
  const { control } = useFormContext<TValues>();
  const hosts = useFieldArray({ control, name: "secretariatHosts" });
  return (
    <Section id="secretariat" title={t("sections.secretariat")}>
      <SelectField
        name="secretariatKind"
        label={tField("secretariatKind")}
        options={SECRETARIAT_KINDS.map((kind) => ({ value: kind, label: tRcp(`secretariatKind.${kind}`) }))}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{tField("secretariatHosts")}</legend>
        {hosts.fields.length === 0 && <p className="text-sm text-muted">{t("noItems")}</p>}
        <ol className="space-y-2">
          {hosts.fields.map((field, index) => (
            <li key={field.id} className="flex flex-wrap items-start gap-2">
              <ParticipantField
                name={`secretariatHosts.${index}.code`}
                label={t("host", { index: index + 1 })}
                listId={listId}
                lookup={lookup}
              />
              <button
                type="button"
                onClick={() => hosts.remove(index)}
                className={buttonClass}
                aria-label={t("removeItem", { item: t("host", { index: index + 1 }) })}
              >
                {t("remove")}
              </button>
            </li>
          ))}
        </ol>
        <ListError name="secretariatHosts" />
        <button type="button" onClick={() => hosts.append({ code: "" })} className={buttonClass}>
          {t("addHost")}
        </button>
      </fieldset>
      <LocalizedTextField name="secretariatText" label={tField("secretariatText")} rows={3} />
    </Section>
  );
}

export function ChairsSection({ listId, lookup }: TProps) {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const tRcp = useTranslations("Rcp");
  return (
    <Section id="chairs" title={t("sections.chairs")}>
      <p className="text-sm text-muted">{t("dateHint")}</p>
      <PeriodRows
        name="chairTerms"
        caption={tField("chairTerms")}
        roles={CHAIR_ROLES.map((role) => ({ value: role, label: tRcp(`chairRole.${role}`) }))}
        rowLabel={(index) => t("chairTerm", { index: index + 1 })}
        addLabel={t("addChairTerm")}
        listId={listId}
        lookup={lookup}
      />
    </Section>
  );
}
