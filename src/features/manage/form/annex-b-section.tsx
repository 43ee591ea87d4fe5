"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import {
  ANNEX_B_STATUSES,
  ANNEX_B_TOPICS,
  DEVELOPMENT_GROUPS,
  type TAnnexBTopic,
} from "~/domain/rcp/profile-schema";
import { LocalizedTextField, SelectField, type TValues } from "./controls";
import { EditSection } from "./edit-section";

export function AnnexBSection() {
  const t = useTranslations("EditProfile");
  const tField = useTranslations("ProfileFields");
  const tRcp = useTranslations("Rcp");
  return (
    <EditSection name="annexB">
      <SelectField
        name="developmentGroup"
        label={tField("developmentGroup")}
        emptyLabel={t("notRecorded")}
        options={DEVELOPMENT_GROUPS.map((group) => ({
          value: group,
          label: tRcp(`developmentGroup.${group}`),
        }))}
      />
      <p className="text-sm text-muted">{t("annexBIntro")}</p>
      <ol className="space-y-4">
        {ANNEX_B_TOPICS.map((topic) => (
          <li key={topic}>
            <AnnexBAnswer topic={topic} />
          </li>
        ))}
      </ol>
    </EditSection>
  );
}

function AnnexBAnswer({ topic }: { topic: TAnnexBTopic }) {
  const t = useTranslations("EditProfile");
  const tRcp = useTranslations("Rcp");
  const { getValues, setValue } = useFormContext<TValues>();
  // A text cleared by choosing another status comes back if "answer given" is chosen again.
  const cleared = useRef<TValues["annexB"][TAnnexBTopic]["text"] | null>(null);
  const status = useWatch<TValues, `annexB.${TAnnexBTopic}.status`>({ name: `annexB.${topic}.status` });
  const label = tRcp(`annexBTopic.${topic}`);
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 font-semibold">{label}</legend>
      <SelectField
        name={`annexB.${topic}.status`}
        label={t("annexBStatus")}
        emptyLabel={t("notRecorded")}
        options={ANNEX_B_STATUSES.map((value) => ({
          value,
          label: value === "ANSWER" ? t("annexBAnswer") : tRcp(`annexBStatus.${value}`),
        }))}
        // Only an answer given has a text: choosing anything else clears it.
        onValueChange={(value) => {
          const textPath = `annexB.${topic}.text` as const;
          if (value === "ANSWER") {
            if (cleared.current) setValue(textPath, cleared.current, { shouldDirty: true });
            cleared.current = null;
            return;
          }
          const text = getValues(textPath);
          if (text.en || text.fr || text.es) cleared.current = text;
          setValue(textPath, { en: "", fr: "", es: "" }, { shouldDirty: true });
        }}
      />
      {status === "ANSWER" && (
        <LocalizedTextField name={`annexB.${topic}.text`} label={t("annexBText")} rows={4} />
      )}
    </fieldset>
  );
}
