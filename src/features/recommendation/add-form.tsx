"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { FormShell } from "~/components/ui/form-shell";
import { EMPTY_RECOMMENDATION_VALUES, recommendationOfValues } from "~/domain/recommendation/form-values";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { ItemFields, type TThemeChoice } from "./item-fields";
import { useRecommendationErrors } from "./use-form-errors";

type TProps = { documentId: string; themes: TThemeChoice[] };

/** One recommendation entered by hand, in any of the three languages. */
export function AddForm({ documentId, themes }: TProps) {
  const t = useTranslations("RecommendationForm");
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(trpc.recommendation.create.mutationOptions());
  const errorsOf = useRecommendationErrors();
  const [values, setValues] = useState(EMPTY_RECOMMENDATION_VALUES);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const isDirty = JSON.stringify(values) !== JSON.stringify(EMPTY_RECOMMENDATION_VALUES);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const data = recommendationOfValues(values);
    try {
      await create.mutateAsync({ documentId, data });
      setErrors({});
      setValues(EMPTY_RECOMMENDATION_VALUES);
      setMessage({ tone: "success", text: t("added", { number: data.number }) });
      router.refresh();
    } catch (error) {
      const { fieldErrors, text } = errorsOf(error);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setMessage({ tone: "error", text });
    }
  }

  return (
    <FormShell isDirty={isDirty}>
      <form noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <ItemFields idPrefix="add" values={values} onChange={setValues} themes={themes} errors={errors} />
        <SubmitButton isPending={create.isPending} label={t("add")} pendingLabel={t("add")} />
      </form>
    </FormShell>
  );
}
