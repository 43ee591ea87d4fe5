"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import {
  controlProps,
  Field,
  FormField,
  inputClass,
  SelectField,
  type TOption,
} from "~/components/ui/form-field";
import type { TRegistrationQuestion } from "~/domain/registration/vocabulary";

export type TAnswerValues = {
  role: string;
  /** A government or organisation from the hosts' participants, or "" when typed instead. */
  participantCode: string;
  organisation: string;
  dietaryNeeds: string;
  accessNeeds: string;
  comment: string;
};

export const BLANK_ANSWERS: TAnswerValues = {
  role: "",
  participantCode: "",
  organisation: "",
  dietaryNeeds: "",
  accessNeeds: "",
  comment: "",
};

const FIELD_OF_QUESTION: Record<TRegistrationQuestion, Exclude<keyof TAnswerValues, "participantCode">> = {
  ROLE: "role",
  ORGANISATION: "organisation",
  DIETARY_NEEDS: "dietaryNeeds",
  ACCESS_NEEDS: "accessNeeds",
  COMMENT: "comment",
};

const MULTI_LINE = new Set<keyof TAnswerValues>(["dietaryNeeds", "accessNeeds", "comment"]);

type TProps = {
  questions: readonly TRegistrationQuestion[];
  requiredQuestions: readonly TRegistrationQuestion[];
  // The forms that hold answers nest them under `answers`.
  register: (name: `answers.${keyof TAnswerValues}`) => UseFormRegisterReturn;
  errors: Partial<Record<keyof TAnswerValues, string>>;
  /** The hosts' governments and organisations to choose from; typed text covers anyone else. */
  participants: readonly TOption[];
};

/** The questions the hosts ask, required ones marked; shared by the forms that take answers. */
export function AnswerFields({ questions, requiredQuestions, register, errors, participants }: TProps) {
  const t = useTranslations("RegistrationAnswers");
  return (
    <>
      {questions.map((question) => {
        const field = FIELD_OF_QUESTION[question];
        const id = `answer-${field}`;
        const isRequired = requiredQuestions.includes(question);
        const hint = isRequired ? undefined : t("optional");
        if (field === "organisation" && participants.length > 0) {
          return (
            <fieldset key={question} className="space-y-3">
              <legend className="font-medium">
                {t("organisation")}
                {hint && <span className="font-normal text-muted"> ({hint})</span>}
              </legend>
              <SelectField
                id="answer-participantCode"
                label={t("participant")}
                help={t("participantHelp")}
                emptyLabel={t("participantNone")}
                options={participants}
                error={errors.participantCode}
                {...register("answers.participantCode")}
              />
              <FormField
                id={id}
                label={t("organisationOther")}
                error={errors.organisation}
                {...register("answers.organisation")}
              />
            </fieldset>
          );
        }
        if (!MULTI_LINE.has(field)) {
          return (
            <FormField
              key={question}
              id={id}
              label={
                <>
                  {t(field)}
                  {hint && <span className="font-normal text-muted"> ({hint})</span>}
                </>
              }
              required={isRequired}
              error={errors[field]}
              hint={field === "organisation" ? t("organisationHelp") : undefined}
              {...register(`answers.${field}`)}
            />
          );
        }
        return (
          <Field key={question} id={id} label={t(field)} hint={hint} error={errors[field]}>
            <textarea
              rows={3}
              className={inputClass}
              required={isRequired}
              {...controlProps(id, { error: errors[field] })}
              {...register(`answers.${field}`)}
            />
          </Field>
        );
      })}
    </>
  );
}

/** The keys of required questions left empty. */
export function missingAnswers(
  answers: TAnswerValues,
  requiredQuestions: readonly TRegistrationQuestion[],
): (keyof TAnswerValues)[] {
  return requiredQuestions
    .map((question) => FIELD_OF_QUESTION[question])
    .filter((field) => !answers[field].trim())
    .filter((field) => field !== "organisation" || !answers.participantCode);
}
