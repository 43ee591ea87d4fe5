"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { FormShell } from "~/components/ui/form-shell";
import { recommendationOfValues, valuesOfRecommendation } from "~/domain/recommendation/form-values";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { ItemFields, type TThemeChoice } from "./item-fields";
import { RemoveButton } from "./remove-button";
import { useRecommendationErrors } from "./use-form-errors";

type TProps = {
  item: {
    id: string;
    number: number;
    version: number;
    text: Record<string, string>;
    themes: { slug: string }[];
  };
  themes: TThemeChoice[];
};

/** Changes one recommendation as it was read; someone else's change meanwhile is a conflict, said so. */
export function EditForm({ item, themes }: TProps) {
  const t = useTranslations("RecommendationForm");
  const router = useRouter();
  const trpc = useTRPC();
  const update = useMutation(trpc.recommendation.update.mutationOptions());
  const errorsOf = useRecommendationErrors();
  const stored = valuesOfRecommendation(item);
  const [values, setValues] = useState(stored);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const isDirty = JSON.stringify(values) !== JSON.stringify(stored);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    try {
      await update.mutateAsync({
        recommendationId: item.id,
        version: item.version,
        data: recommendationOfValues(values),
      });
      setErrors({});
      setMessage({ tone: "success", text: t("updated") });
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
        {t("edit")} <span className="sr-only">({item.number})</span>
      </summary>
      <FormShell isDirty={isDirty}>
        <form noValidate onSubmit={(event) => void submit(event)} className="mt-3 space-y-4">
          {message && <Alert tone={message.tone}>{message.text}</Alert>}
          <ItemFields
            idPrefix={`edit-${item.id}`}
            values={values}
            onChange={setValues}
            themes={themes}
            errors={errors}
          />
          <div className="flex flex-wrap gap-3">
            <SubmitButton isPending={update.isPending} label={t("update")} pendingLabel={t("update")} />
            <RemoveButton recommendationId={item.id} number={item.number} version={item.version} />
          </div>
        </form>
      </FormShell>
    </details>
  );
}
