"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { FormShell } from "~/components/ui/form-shell";
import { ZAnswers } from "~/domain/registration/schema";
import type { TRegistrationQuestion, TRegistrationStatus } from "~/domain/registration/vocabulary";
import { useRouter } from "~/i18n/navigation";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";
import {
  AnswerFields,
  missingAnswers,
  type TAnswerValues,
} from "~/features/registration-manage/answer-fields";

type TProps = {
  token: string;
  registration: { version: number; status: TRegistrationStatus; answers: TAnswerValues };
  questions: readonly TRegistrationQuestion[];
  requiredQuestions: readonly TRegistrationQuestion[];
  /** Registration still open: a withdrawal can be undone. */
  isOpen: boolean;
};

const HOLDS_A_PLACE: readonly TRegistrationStatus[] = ["PENDING", "CONFIRMED", "WAITLISTED"];

/** What the person may do through their link; every change is checked against the version they saw. */
export function LinkPanel({ token, registration, questions, requiredQuestions, isOpen }: TProps) {
  const t = useTranslations("RegistrationLink");
  const tStatus = useTranslations("RegistrationStatus");
  const tServer = useTranslations("RegistrationErrors");
  const tCodes = useTranslations("Errors");
  const router = useRouter();
  const trpc = useTRPC();
  const update = useMutation(trpc.registration.updateByToken.mutationOptions());
  const withdraw = useMutation(trpc.registration.withdrawByToken.mutationOptions());
  const restore = useMutation(trpc.registration.restoreByToken.mutationOptions());
  const form = useForm<{ answers: TAnswerValues }>({ defaultValues: { answers: registration.answers } });
  const [errors, setErrors] = useState<Partial<Record<keyof TAnswerValues, string>>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  // What the last change answered, until the refreshed page brings something newer: a second
  // change made before the refresh lands must not be refused as based on an old version.
  const [answered, setAnswered] = useState({ status: registration.status, version: registration.version });
  const { status, version } = registration.version > answered.version ? registration : answered;

  const failureText = (failure: unknown) => {
    const decoded = decodeCallError(failure);
    if (decoded.code === "CONFLICT") return t("changedMeanwhile");
    if (
      decoded.key === "noSeatFree" ||
      decoded.key === "registrationStateChanged" ||
      decoded.key === "registrationClosed" ||
      decoded.key === "answersRequired"
    )
      return tServer(decoded.key);
    return tCodes(decoded.code ?? "generic");
  };

  async function run(
    call: () => Promise<{ version: number; status?: TRegistrationStatus }>,
    done: string,
  ): Promise<boolean> {
    setMessage(null);
    try {
      const result = await call();
      setAnswered({ status: result.status ?? status, version: result.version });
      setMessage({ tone: "success", text: done });
      router.refresh();
      return true;
    } catch (failure) {
      setMessage({ tone: "error", text: failureText(failure) });
      return false;
    }
  }

  async function onSave({ answers }: { answers: TAnswerValues }) {
    const found: Partial<Record<keyof TAnswerValues, string>> = {};
    for (const field of missingAnswers(answers, requiredQuestions)) found[field] = t("required");
    const parsed = ZAnswers.safeParse({ ...answers, participantCode: answers.participantCode || null });
    for (const issue of parsed.error?.issues ?? []) {
      const field = String(issue.path[0] ?? "") as keyof TAnswerValues;
      found[field] ??= issue.code === "too_big" ? t("tooLong") : t("invalid");
    }
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      setMessage({ tone: "error", text: t("checkFields") });
      return;
    }
    await run(() => update.mutateAsync({ token, version, answers: parsed.data }), t("saved"));
  }

  return (
    <div className="space-y-6">
      <section
        aria-labelledby="link-status-heading"
        className="space-y-2 rounded-card border border-line bg-surface p-4"
      >
        <h2 id="link-status-heading" className="text-xl font-semibold">
          {t("status", { status: tStatus(status) })}
        </h2>
        <p>{t(`explain.${status}`)}</p>
        <div className="flex flex-wrap gap-3">
          {HOLDS_A_PLACE.includes(status) && (
            <ConfirmButton
              isDanger
              triggerSize="md"
              title={status === "WAITLISTED" ? t("leaveTitle") : t("withdrawTitle")}
              body={t("withdrawBody")}
              confirmLabel={status === "WAITLISTED" ? t("leave") : t("withdraw")}
              pendingLabel={t("working")}
              cancelLabel={t("cancel")}
              isPending={withdraw.isPending}
              error={message?.tone === "error" ? message.text : null}
              onConfirm={() => run(() => withdraw.mutateAsync({ token, version }), t("withdrawn"))}
            >
              {status === "WAITLISTED" ? t("leave") : t("withdraw")}
            </ConfirmButton>
          )}
          {status === "WITHDRAWN" && isOpen && (
            <Button
              variant="secondary"
              disabled={restore.isPending}
              onClick={() => void run(() => restore.mutateAsync({ token, version }), t("restored"))}
            >
              {t("restore")}
            </Button>
          )}
        </div>
        {message && (
          <Alert tone={message.tone} isUrgent={message.tone === "error"}>
            {message.text}
          </Alert>
        )}
      </section>
      {questions.length > 0 && HOLDS_A_PLACE.includes(status) && (
        <FormShell isDirty={form.formState.isDirty}>
          <form
            onSubmit={(event) => void form.handleSubmit(onSave)(event)}
            noValidate
            className="max-w-2xl space-y-4"
            aria-labelledby="link-answers-heading"
          >
            <h2 id="link-answers-heading" className="text-xl font-semibold">
              {t("answers")}
            </h2>
            <AnswerFields
              questions={questions}
              requiredQuestions={requiredQuestions}
              register={(name) => form.register(name)}
              errors={errors}
              // A government or organisation chosen from the hosts' list is kept as it is: the
              // link's form offers the typed answer only.
              participants={[]}
            />
            <Button type="submit" disabled={update.isPending}>
              {update.isPending ? t("working") : t("save")}
            </Button>
          </form>
        </FormShell>
      )}
    </div>
  );
}
