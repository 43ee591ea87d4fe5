"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button, SubmitButton } from "~/components/ui/button";
import { FormField, SelectField } from "~/components/ui/form-field";
import { WORKING_LANGUAGES } from "~/domain/activity/working-languages";
import { FOCAL_POINT_VISIBILITIES, type TFocalPointData } from "~/domain/focal-point/schema";
import { useRouter } from "~/i18n/navigation";
import { participantName, type TParticipantRef } from "~/lib/participant-name";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";

export type TRepresentable = TParticipantRef & { role: string };

type TProps = {
  idPrefix: string;
  representable: readonly TRepresentable[];
  initial: TFocalPointData;
  /** Create in this RCP, or update this entry at this version. */
  target: { rcpId: string } | { focalPointId: string; version: number };
  onDone: () => void;
  onCancel?: () => void;
};

export const emptyFocalPoint = (): TFocalPointData => ({
  participantCode: "",
  name: "",
  title: "",
  agency: "",
  email: "",
  phone: "",
  languages: [],
  since: "",
  endedAt: "",
  visibility: "ALL_SECRETARIATS",
});

/** Adds a focal point or edits one; the server's refusals show on their fields. */
export function FocalPointForm({ idPrefix, representable, initial, target, onDone, onCancel }: TProps) {
  const t = useTranslations("FocalPointForm");
  const tErrors = useTranslations("FocalPointErrors");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(trpc.focalPoint.create.mutationOptions());
  const update = useMutation(trpc.focalPoint.update.mutationOptions());
  const [values, setValues] = useState<TFocalPointData>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const set = <K extends keyof TFocalPointData>(key: K, value: TFocalPointData[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const message = (key: string) =>
    tErrors.has(key as "generic") ? tErrors(key as "generic") : tErrors("generic");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setErrors({});
    try {
      if ("rcpId" in target) await create.mutateAsync({ rcpId: target.rcpId, data: values });
      else await update.mutateAsync({ ...target, data: values });
      onDone();
      router.refresh();
    } catch (error) {
      const { code, fields } = decodeCallError(error);
      const fieldErrors = Object.fromEntries(
        Object.entries(fields).map(([field, key]) => [field.replace(/^data\./, ""), message(key)]),
      );
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0)
        setFailure(code === "CONFLICT" ? tErrors("conflict") : tErrors("generic"));
    }
  }

  const id = (field: string) => `${idPrefix}-${field}`;
  const isPending = create.isPending || update.isPending;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="max-w-2xl space-y-4">
      {failure && <Alert tone="error">{failure}</Alert>}
      <SelectField
        id={id("participant")}
        label={t("participant")}
        emptyLabel={t("chooseParticipant")}
        value={values.participantCode}
        onChange={(event) => set("participantCode", event.target.value)}
        error={errors.participantCode}
        options={representable
          .map((party) => ({
            value: party.code,
            label: `${participantName(party, locale)} (${party.role === "OBSERVER" ? t("observer") : t("member")})`,
          }))
          .sort((a, b) => a.label.localeCompare(b.label, locale))}
      />
      <FormField
        id={id("name")}
        label={t("name")}
        value={values.name}
        onChange={(e) => set("name", e.target.value)}
        error={errors.name}
        autoComplete="off"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id={id("title")}
          label={t("title")}
          value={values.title}
          onChange={(e) => set("title", e.target.value)}
          error={errors.title}
        />
        <FormField
          id={id("agency")}
          label={t("agency")}
          value={values.agency}
          onChange={(e) => set("agency", e.target.value)}
          error={errors.agency}
        />
        <FormField
          id={id("email")}
          type="email"
          label={t("email")}
          value={values.email}
          onChange={(e) => set("email", e.target.value)}
          error={errors.email}
          autoComplete="off"
        />
        <FormField
          id={id("phone")}
          type="tel"
          label={t("phone")}
          value={values.phone}
          onChange={(e) => set("phone", e.target.value)}
          error={errors.phone}
        />
        <FormField
          id={id("since")}
          type="date"
          label={t("since")}
          value={values.since}
          onChange={(e) => set("since", e.target.value)}
          error={errors.since}
        />
        <FormField
          id={id("endedAt")}
          type="date"
          label={t("endedAt")}
          value={values.endedAt}
          onChange={(e) => set("endedAt", e.target.value)}
          error={errors.endedAt}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("languages")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {WORKING_LANGUAGES.map((code) => (
            <label key={code} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={values.languages.includes(code)}
                onChange={(event) =>
                  set(
                    "languages",
                    event.target.checked
                      ? [...values.languages, code]
                      : values.languages.filter((c) => c !== code),
                  )
                }
              />
              {languageNames.of(code) ?? code}
            </label>
          ))}
        </div>
        {errors.languages && <p className="text-sm font-medium text-danger">{errors.languages}</p>}
      </fieldset>
      <SelectField
        id={id("visibility")}
        label={t("visibility")}
        value={values.visibility}
        onChange={(event) => set("visibility", event.target.value as TFocalPointData["visibility"])}
        error={errors.visibility}
        options={FOCAL_POINT_VISIBILITIES.map((value) => ({ value, label: t(value) }))}
      />
      <div className="flex gap-3">
        <SubmitButton
          isPending={isPending}
          label={"rcpId" in target ? t("create") : t("save")}
          pendingLabel={t("save")}
        />
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
