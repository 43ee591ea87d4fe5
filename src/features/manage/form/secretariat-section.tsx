"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import type { TNameLookup } from "../profile-labels";
import { CHAIR_ROLES, SECRETARIAT_KINDS } from "~/domain/rcp/profile-schema";
import { LocalizedTextField, SelectField, type TValues } from "./controls";
import { EditSection } from "./edit-section";
import { ItemList, RemoveButton } from "./item-list";
import { ParticipantField } from "./participant-field";
import { PeriodRows } from "./period-rows";

type TProps = { listId: string; lookup: TNameLookup };

export function SecretariatSection({ listId, lookup }: TProps) {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const tRcp = useTranslations("Rcp");
  const hosts = useFieldArray<TValues>({ name: "secretariatHosts" });
  return (
    <EditSection name="secretariat">
      <SelectField
        name="secretariatKind"
        label={tField("secretariatKind")}
        options={SECRETARIAT_KINDS.map((kind) => ({ value: kind, label: tRcp(`secretariatKind.${kind}`) }))}
      />
      <ItemList
        legend={tField("secretariatHosts")}
        name="secretariatHosts"
        count={hosts.fields.length}
        addLabel={t("addHost")}
        onAdd={() => hosts.append({ code: "" })}
      >
        {hosts.fields.map((field, index) => (
          <li key={field.id} className="flex flex-wrap items-start gap-2">
            <ParticipantField
              name={`secretariatHosts.${index}.code`}
              label={t("host", { index: index + 1 })}
              listId={listId}
              lookup={lookup}
            />
            <RemoveButton item={t("host", { index: index + 1 })} onClick={() => hosts.remove(index)} />
          </li>
        ))}
      </ItemList>
      <LocalizedTextField name="secretariatText" label={tField("secretariatText")} rows={3} />
    </EditSection>
  );
}

export function ChairsSection({ listId, lookup }: TProps) {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const tRcp = useTranslations("Rcp");
  return (
    <EditSection name="chairs">
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
    </EditSection>
  );
}
