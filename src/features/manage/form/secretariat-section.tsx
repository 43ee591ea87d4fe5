"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import type { TNameLookup } from "../profile-labels";
import { CHAIR_ROLES, SECRETARIAT_KINDS } from "../profile-schema";
import { Section } from "~/components/ui/section";
import { LocalizedTextField, SelectField, type TValues } from "./controls";
import { ItemList, RemoveButton } from "./item-list";
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
    <Section id="secretariat" variant="card" title={t("sections.secretariat")}>
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
    </Section>
  );
}

export function ChairsSection({ listId, lookup }: TProps) {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const tRcp = useTranslations("Rcp");
  return (
    <Section id="chairs" variant="card" title={t("sections.chairs")}>
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
