"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FormField, SelectField, type TOption } from "~/components/ui/form-field";
import { FormShell } from "~/components/ui/form-shell";
import { ZRegisterOnBehalfInput } from "~/domain/registration/schema";
import type { TRegistrationQuestion, TRegistrationStatus } from "~/domain/registration/vocabulary";
import { Link } from "~/i18n/navigation";
import type { TLocale } from "~/i18n/routing";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";
import { AnswerFields, BLANK_ANSWERS, missingAnswers, type TAnswerValues } from "./answer-fields";

type TValues = {
  person: { name: string; email: string; countryCode: string; locale: TLocale };
  answers: TAnswerValues;
};

type TProps = {
  activityId: string;
  rcpId: string;
  locale: TLocale;
  questions: readonly TRegistrationQuestion[];
  requiredQuestions: readonly TRegistrationQuestion[];
  /** The hosts' governments and organisations a person may be registered as representing. */
  participants: TOption[];
  countries: TOption[];
  languages: TOption[];
  participantsHref: string;
};

type TErrors = Partial<Record<"name" | "email" | "countryCode" | keyof TAnswerValues, string>>;

const FORM_KEYS = [
  "registrationNotOpen",
  "registrationNotYetOpen",
  "registrationClosed",
  "activityCancelled",
  "answersRequired",
] as const;

/** A secretariat editor registers someone else, who needs no account: their link comes by email. */
export function RegisterOnBehalfForm(props: TProps) {
  const t = useTranslations("RegistrationOnBehalf");
  const tServer = useTranslations("RegistrationErrors");
  const tCodes = useTranslations("Errors");
  const trpc = useTRPC();
  const registerOnBehalf = useMutation(trpc.registration.registerOnBehalf.mutationOptions());
  const blank: TValues = {
    person: { name: "", email: "", countryCode: "", locale: props.locale },
    answers: BLANK_ANSWERS,
  };
  const form = useForm<TValues>({ defaultValues: blank });
  const [errors, setErrors] = useState<TErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<{ name: string; status: TRegistrationStatus } | null>(null);

  async function onSubmit(values: TValues) {
    setFormError(null);
    const parsed = ZRegisterOnBehalfInput.safeParse({
      activityId: props.activityId,
      rcpId: props.rcpId,
      person: values.person,
      answers: { ...values.answers, participantCode: values.answers.participantCode || null },
    });
    const found: TErrors = {};
    for (const field of missingAnswers(values.answers, props.requiredQuestions)) found[field] = t("required");
    for (const issue of parsed.error?.issues ?? []) {
      const field = String(issue.path[1] ?? "") as keyof TErrors;
      found[field] ??=
        field === "email"
          ? t("invalidEmail")
          : field === "name"
            ? t("nameRequired")
            : issue.code === "too_big"
              ? t("tooLong")
              : t("invalid");
    }
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      setFormError(t("checkFields"));
      return;
    }
    try {
      const result = await registerOnBehalf.mutateAsync(parsed.data);
      setDone({ name: values.person.name, status: result.status });
      form.reset(blank);
    } catch (error) {
      const failure = decodeCallError(error);
      if (failure.key === "alreadyRegistered") {
        setErrors({ email: tServer("alreadyRegistered") });
        setFormError(t("checkFields"));
        return;
      }
      const key = FORM_KEYS.find((candidate) => candidate === failure.key);
      setFormError(
        key
          ? tServer(key)
          : Object.keys(failure.fields).length > 0
            ? t("checkFields")
            : tCodes(failure.code ?? "generic"),
      );
    }
  }

  return (
    <FormShell isDirty={form.formState.isDirty} className="max-w-2xl space-y-6">
      {done && (
        <Alert tone="success">
          {t(`done.${done.status}`, { name: done.name })}{" "}
          <Link className="underline" href={props.participantsHref}>
            {t("backToList")}
          </Link>
        </Alert>
      )}
      <form onSubmit={(event) => void form.handleSubmit(onSubmit)(event)} noValidate className="space-y-4">
        <FormField
          id="person-name"
          label={t("name")}
          required
          autoComplete="off"
          error={errors.name}
          {...form.register("person.name")}
        />
        <FormField
          id="person-email"
          type="email"
          label={t("email")}
          hint={t("emailHelp")}
          required
          autoComplete="off"
          error={errors.email}
          {...form.register("person.email")}
        />
        <SelectField
          id="person-country"
          label={t("country")}
          emptyLabel={t("noCountry")}
          options={props.countries}
          error={errors.countryCode}
          {...form.register("person.countryCode")}
        />
        <SelectField
          id="person-locale"
          label={t("language")}
          options={props.languages}
          {...form.register("person.locale")}
        />
        <AnswerFields
          questions={props.questions}
          requiredQuestions={props.requiredQuestions}
          register={(name) => form.register(name)}
          errors={errors}
          participants={props.participants}
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={registerOnBehalf.isPending}>
            {registerOnBehalf.isPending ? t("registering") : t("register")}
          </Button>
          <p role="alert" className="text-sm font-medium text-danger">
            {formError}
          </p>
        </div>
      </form>
    </FormShell>
  );
}
