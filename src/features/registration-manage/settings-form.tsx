"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { controlProps, Field, FormField, inputClass } from "~/components/ui/form-field";
import { FormShell, FormShellBar } from "~/components/ui/form-shell";
import { REGISTRATION_QUESTIONS } from "~/domain/registration/vocabulary";
import { useRouter } from "~/i18n/navigation";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";
import {
  FIELD_OF_SERVER_KEY,
  settingsFields,
  type TSettingsErrors,
  type TSettingsField,
  type TSettingsValues,
} from "./settings-values";

type TProps = {
  activityId: string;
  /** Null when registration is opened for the first time. */
  version: number | null;
  timeZone: string;
  initial: TSettingsValues;
  /** Hosts that may hold a quota, with the seats their nominees hold now. */
  hosts: { rcpId: string; name: string; taken: number }[];
  /** Seats held now (confirmed and awaiting approval). */
  taken: number;
};

const ERROR_KEYS = [
  "date",
  "seats",
  "invalid",
  "closesBeforeOpens",
  "requiredNotAsked",
  "duplicate",
  "quotasAboveCapacity",
] as const;

/** Opens registration or changes its settings; a save over someone else's is a conflict to resolve. */
export function RegistrationSettingsForm({ activityId, version, timeZone, initial, hosts, taken }: TProps) {
  const t = useTranslations("RegistrationSettings");
  const tServer = useTranslations("RegistrationErrors");
  const tCodes = useTranslations("Errors");
  const router = useRouter();
  const trpc = useTRPC();
  const save = useMutation(trpc.registration.saveSettings.mutationOptions());
  const [base, setBase] = useState(version);
  const [conflict, setConflict] = useState<number | null>(null);
  const [errors, setErrors] = useState<TSettingsErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<TSettingsValues>({ defaultValues: initial });
  const values = form.watch();

  const errorText = (field: TSettingsField) => {
    const key = errors[field];
    if (!key) return undefined;
    if (key in FIELD_OF_SERVER_KEY) return tServer(key as "capacityBelowTaken");
    return t(
      `errors.${(ERROR_KEYS as readonly string[]).includes(key) ? key : "invalid"}` as "errors.invalid",
    );
  };

  async function onSubmit(submitted: TSettingsValues) {
    setFormError(null);
    setSaved(false);
    const result = settingsFields(submitted, timeZone);
    if ("errors" in result) {
      setErrors(result.errors);
      setFormError(t("checkFields"));
      return;
    }
    setErrors({});
    try {
      const { version: next } = await save.mutateAsync({ activityId, version: base, data: result.fields });
      setBase(next);
      form.reset(submitted);
      setSaved(true);
      router.refresh();
    } catch (error) {
      const failure = decodeCallError(error);
      const current = (failure.details as { current?: { version: number } | null } | undefined)?.current;
      if (failure.code === "CONFLICT") {
        setConflict(current?.version ?? 0);
        return;
      }
      const field = failure.key ? FIELD_OF_SERVER_KEY[failure.key] : undefined;
      if (field && failure.key) {
        setErrors({ [field]: failure.key });
        setFormError(t("checkFields"));
        return;
      }
      setFormError(
        failure.key === "activityCancelled"
          ? tServer("activityCancelled")
          : tCodes(failure.code ?? "generic"),
      );
    }
  }

  const capacity = Number(values.capacity) || 0;
  const quotaSeats = Object.values(values.quotas).reduce((sum, seats) => sum + (Number(seats) || 0), 0);

  return (
    <FormShell isDirty={form.formState.isDirty} className="space-y-6">
      {conflict !== null && (
        <section
          aria-labelledby="registration-conflict-heading"
          className="space-y-3 rounded-card border-2 border-danger bg-surface p-4"
        >
          <h2 id="registration-conflict-heading" className="text-xl font-semibold">
            {t("conflictTitle")}
          </h2>
          <p>{t("conflictBody")}</p>
          <div className="flex flex-wrap gap-2">
            <Button
              onClick={() => {
                setBase(conflict === 0 ? null : conflict);
                setConflict(null);
              }}
            >
              {t("conflictKeepMine")}
            </Button>
            <Button variant="secondary" onClick={() => window.location.reload()}>
              {t("conflictTakeTheirs")}
            </Button>
          </div>
        </section>
      )}
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      <form onSubmit={(event) => void form.handleSubmit(onSubmit)(event)} noValidate className="space-y-8">
        <fieldset className="space-y-2" aria-describedby={errors.mode ? "mode-error" : undefined}>
          <legend className="text-lg font-semibold">{t("mode")}</legend>
          {(["OPEN", "APPROVAL"] as const).map((mode) => (
            <label key={mode} className="flex items-start gap-2">
              <input type="radio" value={mode} className="mt-1" {...form.register("mode")} />
              <span>
                <span className="font-medium">{t(`modes.${mode}`)}</span>
                <span className="block text-sm text-muted">{t(`modeHelp.${mode}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
          <FormField
            id="capacity"
            label={t("capacity")}
            hint={t("capacityHelp", { taken })}
            inputMode="numeric"
            error={errorText("capacity")}
            fieldClassName="space-y-1 sm:col-span-2"
            {...form.register("capacity")}
          />
          <FormField
            id="opensDate"
            type="date"
            label={t("opensDate")}
            error={errorText("opens")}
            {...form.register("opensDate")}
          />
          <FormField id="opensTime" type="time" label={t("opensTime")} {...form.register("opensTime")} />
          <FormField
            id="closesDate"
            type="date"
            label={t("closesDate")}
            error={errorText("closes")}
            {...form.register("closesDate")}
          />
          <FormField id="closesTime" type="time" label={t("closesTime")} {...form.register("closesTime")} />
          <p className="text-sm text-muted sm:col-span-2">{t("zone", { zone: timeZone })}</p>
        </div>
        {hosts.length > 1 && (
          <fieldset className="max-w-2xl space-y-3">
            <legend className="text-lg font-semibold">{t("quotas")}</legend>
            <p className="text-sm text-muted">{t("quotasHelp")}</p>
            {hosts.map((host) => (
              <FormField
                key={host.rcpId}
                id={`quota-${host.rcpId}`}
                label={t("quotaOf", { name: host.name })}
                hint={t("quotaTaken", { taken: host.taken })}
                inputMode="numeric"
                aria-invalid={errors.quotas ? true : undefined}
                {...form.register(`quotas.${host.rcpId}`)}
              />
            ))}
            <p className="font-medium" aria-live="polite">
              {t("sharedSeats", { seats: Math.max(0, capacity - quotaSeats) })}
            </p>
            {errors.quotas && <p className="text-sm font-medium text-danger">{errorText("quotas")}</p>}
          </fieldset>
        )}
        <fieldset className="max-w-2xl space-y-3">
          <legend className="text-lg font-semibold">{t("questions")}</legend>
          <p className="text-sm text-muted">{t("questionsHelp")}</p>
          {REGISTRATION_QUESTIONS.map((question) => (
            <Field key={question} id={`question-${question}`} label={t(`question.${question}`)}>
              <select
                className={inputClass}
                {...controlProps(`question-${question}`, { error: errorText("questions") })}
                {...form.register(`questions.${question}`)}
              >
                <option value="OFF">{t("choice.OFF")}</option>
                <option value="ASKED">{t("choice.ASKED")}</option>
                <option value="REQUIRED">{t("choice.REQUIRED")}</option>
              </select>
            </Field>
          ))}
          {errors.questions && <p className="text-sm font-medium text-danger">{errorText("questions")}</p>}
        </fieldset>
        <FormShellBar className="-mx-4 flex flex-wrap items-center gap-4 px-4 py-3">
          <button
            type="submit"
            disabled={save.isPending}
            className="rounded bg-brand px-5 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-70"
          >
            {save.isPending ? t("saving") : base === null ? t("open") : t("save")}
          </button>
          <p role="alert" className="text-sm font-medium text-danger">
            {formError}
          </p>
        </FormShellBar>
      </form>
    </FormShell>
  );
}
