"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { controlProps, Field, FormField, inputClass, SelectField } from "~/components/ui/form-field";
import { VISIBILITIES, type TVisibility } from "~/domain/activity/vocabulary";
import { countryName } from "~/domain/country/names";
import type { TFollowUpFields } from "~/domain/recommendation/schema";
import { RECOMMENDATION_STATUSES } from "~/domain/recommendation/vocabulary";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useRecommendationErrors } from "./use-form-errors";

export type TActingHost = { id: string; shortName: string; memberStates: string[] };

type TProps = {
  recommendationId: string;
  number: number;
  version: number;
  hosts: TActingHost[];
  /** The recommendation's own tier: the widest a follow-up may take. */
  visibility: TVisibility;
  /** Platform documents the writer may cite. */
  evidenceDocuments: { id: string; title: string }[];
};

const today = () => new Date().toISOString().slice(0, 10);

/** Records a status change with who acted and the evidence; the history keeps the earlier ones. */
export function StatusForm({
  recommendationId,
  number,
  version,
  hosts,
  visibility,
  evidenceDocuments,
}: TProps) {
  const t = useTranslations("RecommendationForm");
  const tStatus = useTranslations("RecommendationStatus");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const setStatus = useMutation(trpc.recommendation.setStatus.mutationOptions());
  const errorsOf = useRecommendationErrors();
  const tiers = VISIBILITIES.slice(VISIBILITIES.indexOf(visibility));
  const [values, setValues] = useState<TFollowUpFields>({
    status: "IN_PROGRESS",
    rcpId: hosts[0]?.id ?? "",
    memberStates: [],
    evidenceText: "",
    evidenceUrl: "",
    evidenceDocumentId: "",
    date: today(),
    visibility,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const host = hosts.find((entry) => entry.id === values.rcpId);
  const id = (field: string) => `status-${recommendationId}-${field}`;
  const set = <K extends keyof TFollowUpFields>(key: K, value: TFollowUpFields[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    try {
      await setStatus.mutateAsync({ recommendationId, version, data: values });
      setErrors({});
      setMessage({ tone: "success", text: t("recorded") });
      router.refresh();
    } catch (error) {
      const { fieldErrors, text } = errorsOf(error);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setMessage({ tone: "error", text });
    }
  }

  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">
        {t("recordStatus")} <span className="sr-only">({number})</span>
      </summary>
      <form noValidate onSubmit={(event) => void submit(event)} className="mt-3 grid gap-3 sm:grid-cols-2">
        {message && (
          <Alert tone={message.tone} className="sm:col-span-2">
            {message.text}
          </Alert>
        )}
        <Field id={id("status")} label={t("status")} error={errors.status}>
          <select
            value={values.status}
            onChange={(event) => set("status", event.target.value as TFollowUpFields["status"])}
            className={inputClass}
            {...controlProps(id("status"), { error: errors.status })}
          >
            {RECOMMENDATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        </Field>
        <FormField
          id={id("date")}
          label={t("date")}
          type="date"
          value={values.date}
          onChange={(event) => set("date", event.target.value)}
          error={errors.date}
        />
        {hosts.length > 1 && (
          <Field id={id("host")} label={t("actingHost")} error={errors.rcpId}>
            <select
              value={values.rcpId}
              onChange={(event) => setValues({ ...values, rcpId: event.target.value, memberStates: [] })}
              className={inputClass}
              {...controlProps(id("host"), { error: errors.rcpId })}
            >
              {hosts.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.shortName}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field id={id("visibility")} label={t("visibility")} error={errors.visibility}>
          <select
            value={values.visibility}
            onChange={(event) => set("visibility", event.target.value as TVisibility)}
            className={inputClass}
            {...controlProps(id("visibility"), { error: errors.visibility })}
          >
            {tiers.map((tier) => (
              <option key={tier} value={tier}>
                {t(tier)}
              </option>
            ))}
          </select>
        </Field>
        {host && host.memberStates.length > 0 && (
          <fieldset className="space-y-1 sm:col-span-2">
            <legend className="font-medium">{t("memberStates")}</legend>
            {errors.memberStates && <p className="font-medium text-danger">{errors.memberStates}</p>}
            <div className="grid max-h-40 gap-1 overflow-y-auto sm:grid-cols-3">
              {host.memberStates.map((code) => (
                <label key={code} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={values.memberStates.includes(code)}
                    onChange={(event) =>
                      set(
                        "memberStates",
                        event.target.checked
                          ? [...values.memberStates, code]
                          : values.memberStates.filter((chosen) => chosen !== code),
                      )
                    }
                  />
                  {countryName(code, locale)}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <Field
          id={id("evidence")}
          label={t("evidenceText")}
          error={errors.evidenceText}
          className="space-y-1 sm:col-span-2"
        >
          <textarea
            rows={3}
            value={values.evidenceText}
            onChange={(event) => set("evidenceText", event.target.value)}
            className={inputClass}
            {...controlProps(id("evidence"), { error: errors.evidenceText })}
          />
        </Field>
        <FormField
          id={id("url")}
          label={t("evidenceUrl")}
          type="url"
          value={values.evidenceUrl}
          onChange={(event) => set("evidenceUrl", event.target.value)}
          error={errors.evidenceUrl}
          fieldClassName="space-y-1 sm:col-span-2"
        />
        {evidenceDocuments.length > 0 && (
          <SelectField
            id={id("document")}
            label={t("evidenceDocument")}
            value={values.evidenceDocumentId}
            onChange={(event) => set("evidenceDocumentId", event.target.value)}
            options={evidenceDocuments.map((document) => ({ value: document.id, label: document.title }))}
            emptyLabel={t("noEvidenceDocument")}
            error={errors.evidenceDocumentId}
            fieldClassName="space-y-1 sm:col-span-2"
          />
        )}
        <div className="sm:col-span-2">
          <SubmitButton isPending={setStatus.isPending} label={t("record")} pendingLabel={t("record")} />
        </div>
      </form>
    </details>
  );
}
