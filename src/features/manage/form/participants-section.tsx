"use client";

import { useTranslations } from "next-intl";
import type { TNameLookup } from "../profile-labels";
import { MEMBERSHIP_ROLES, PROFILE_LIMITS } from "~/domain/rcp/profile-schema";
import { LocalizedTextField } from "./controls";
import { EditSection } from "./edit-section";
import { PeriodRows } from "./period-rows";

export function ParticipantsSection({ listId, lookup }: { listId: string; lookup: TNameLookup }) {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const tRcp = useTranslations("Rcp");
  return (
    <EditSection name="participants">
      <p className="text-sm text-muted">{t("participantHint")}</p>
      <p className="text-sm text-muted">
        {t("dateHint")} {t("formerHint")}
      </p>
      <PeriodRows
        name="memberships"
        caption={tField("memberships")}
        roles={MEMBERSHIP_ROLES.map((role) => ({ value: role, label: tRcp(`role.${role}`) }))}
        rowLabel={(index) => t("participant", { index: index + 1 })}
        addLabel={t("addMembership")}
        listId={listId}
        lookup={lookup}
      />
      <LocalizedTextField
        name="membersNote"
        label={tField("membersNote")}
        rows={4}
        hint={t("maxCharacters", { max: PROFILE_LIMITS.text })}
      />
      <LocalizedTextField
        name="observersNote"
        label={tField("observersNote")}
        rows={4}
        hint={t("maxCharacters", { max: PROFILE_LIMITS.text })}
      />
    </EditSection>
  );
}
