"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "~/components/ui/button";
import { SelectField, type TOption } from "~/components/ui/form-field";
import { ZRegisterInput } from "~/domain/registration/schema";
import type { TRegistrationQuestion } from "~/domain/registration/vocabulary";
import { useRouter } from "~/i18n/navigation";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";
import {
  AnswerFields,
  BLANK_ANSWERS,
  missingAnswers,
  type TAnswerValues,
} from "~/features/registration-manage/answer-fields";

type TProps = {
  activityId: string;
  /** The secretariats the reader may register for; empty for administrators, who act for none. */
  rcps: TOption[];
  questions: readonly TRegistrationQuestion[];
  requiredQuestions: readonly TRegistrationQuestion[];
  /** The hosts' governments and organisations a person may be registered as representing. */
  participants: TOption[];
};

type TValues = { rcpId: string; answers: TAnswerValues };

const FORM_KEYS = [
  "registrationNotOpen",
  "registrationNotYetOpen",
  "registrationClosed",
  "activityCancelled",
  "answersRequired",
  "alreadyRegistered",
  "accountDisabled",
] as const;

/** Signed-in secretariat staff register themselves, answering the hosts' questions. */
export function RegisterSelfForm({ activityId, rcps, questions, requiredQuestions, participants }: TProps) {
  const t = useTranslations("RegistrationSelf");
  const tServer = useTranslations("RegistrationErrors");
  const tCodes = useTranslations("Errors");
  const router = useRouter();
  const trpc = useTRPC();
  const register = useMutation(trpc.registration.register.mutationOptions());
  const [isOpen, setIsOpen] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<keyof TAnswerValues, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TValues>({ defaultValues: { rcpId: rcps[0]?.value ?? "", answers: BLANK_ANSWERS } });

  if (!isOpen) {
    return <Button onClick={() => setIsOpen(true)}>{t("register")}</Button>;
  }

  async function onSubmit(values: TValues) {
    setFormError(null);
    const missing = missingAnswers(values.answers, requiredQuestions);
    const parsed = ZRegisterInput.safeParse({
      activityId,
      rcpId: values.rcpId || null,
      answers: { ...values.answers, participantCode: values.answers.participantCode || null },
    });
    const found: Partial<Record<keyof TAnswerValues, string>> = {};
    for (const field of missing) found[field] = t("required");
    for (const issue of parsed.error?.issues ?? []) {
      const field = String(issue.path[1] ?? "") as keyof TAnswerValues;
      found[field] ??= issue.code === "too_big" ? t("tooLong") : t("invalid");
    }
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      setFormError(t("checkFields"));
      return;
    }
    try {
      await register.mutateAsync(parsed.data);
      router.refresh();
    } catch (error) {
      const failure = decodeCallError(error);
      const key = FORM_KEYS.find((candidate) => candidate === failure.key);
      setFormError(key ? tServer(key) : tCodes(failure.code ?? "generic"));
    }
  }

  return (
    <form
      onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
      noValidate
      className="max-w-2xl space-y-4 rounded-card border border-line bg-surface p-4"
    >
      {rcps.length > 1 && (
        <SelectField id="register-rcp" label={t("forRcp")} options={rcps} {...form.register("rcpId")} />
      )}
      <AnswerFields
        questions={questions}
        requiredQuestions={requiredQuestions}
        register={(name) => form.register(name)}
        errors={errors}
        participants={participants}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={register.isPending}>
          {register.isPending ? t("registering") : t("confirm")}
        </Button>
        <Button variant="secondary" onClick={() => setIsOpen(false)}>
          {t("cancel")}
        </Button>
        <p role="alert" className="text-sm font-medium text-danger">
          {formError}
        </p>
      </div>
    </form>
  );
}
