"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { EMAIL_FREQUENCIES, type TEmailFrequency } from "~/domain/email-preference/schema";
import { useTRPC } from "~/trpc/react";

/** The person's choice of peer-update mail, saved as a whole. */
export function PreferencesForm({ frequency: initial }: { frequency: TEmailFrequency }) {
  const t = useTranslations("EmailPreferences");
  const trpc = useTRPC();
  const [frequency, setFrequency] = useState(initial);
  const [outcome, setOutcome] = useState<"saved" | "failed" | null>(null);
  const save = useMutation(trpc.emailPreference.save.mutationOptions());

  const onSubmit = async () => {
    setOutcome(null);
    try {
      await save.mutateAsync({ frequency });
      setOutcome("saved");
    } catch {
      setOutcome("failed");
    }
  };

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {outcome === "saved" && <Alert tone="success">{t("saved")}</Alert>}
      {outcome === "failed" && <Alert tone="error">{t("failed")}</Alert>}
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">{t("legend")}</legend>
        {EMAIL_FREQUENCIES.map((value) => (
          <label key={value} className="flex items-start gap-2">
            <input
              type="radio"
              name="frequency"
              value={value}
              checked={frequency === value}
              onChange={() => setFrequency(value)}
              className="mt-1"
            />
            <span>{t(value)}</span>
          </label>
        ))}
      </fieldset>
      <SubmitButton isPending={save.isPending} label={t("save")} pendingLabel={t("save")} />
    </form>
  );
}
