"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { controlProps, Field, inputClass } from "~/components/ui/form-field";
import { FormShell } from "~/components/ui/form-shell";
import { parseNumberedList } from "~/domain/recommendation/parse-list";
import { RECOMMENDATION_LANGUAGES, type TRecommendationLanguage } from "~/domain/recommendation/vocabulary";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useRecommendationErrors } from "./use-form-errors";
import { ThemeChoices } from "./theme-choices";

type TProps = {
  documentId: string;
  themes: { slug: string; label: string }[];
  language: TRecommendationLanguage;
};

/** Paste a declaration's numbered list: the preview is the server's own parse, before anything is saved. */
export function PasteForm({ documentId, themes, language: initialLanguage }: TProps) {
  const t = useTranslations("RecommendationForm");
  const router = useRouter();
  const trpc = useTRPC();
  const createMany = useMutation(trpc.recommendation.createMany.mutationOptions());
  const errorsOf = useRecommendationErrors();
  const [text, setText] = useState("");
  const [language, setLanguage] = useState(initialLanguage);
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const preview = parseNumberedList(text);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    try {
      const { created } = await createMany.mutateAsync({ documentId, language, themes: chosen, text });
      setErrors({});
      setText("");
      setMessage({ tone: "success", text: t("saved", { count: created }) });
      router.refresh();
    } catch (error) {
      const { fieldErrors, text: failure } = errorsOf(error);
      // A number already in the document is about the pasted text.
      if (fieldErrors.number) fieldErrors.text = fieldErrors.number;
      setErrors(fieldErrors);
      if (!fieldErrors.text && !fieldErrors.themes) setMessage({ tone: "error", text: failure });
    }
  }

  return (
    <FormShell isDirty={text !== ""}>
      <form noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <Field id="paste-text" label={t("paste")} help={t("pasteHelp")} isHelpFirst error={errors.text}>
          <textarea
            name="text"
            rows={10}
            value={text}
            onChange={(event) => setText(event.target.value)}
            className={inputClass}
            {...controlProps("paste-text", { help: t("pasteHelp"), error: errors.text })}
          />
        </Field>
        <p role="status" className="text-sm">
          {t("preview", { count: preview.items.length })}
          {preview.duplicates.length > 0 && (
            <> {t("duplicates", { numbers: preview.duplicates.join(", ") })}</>
          )}
          {preview.gaps.length > 0 && <> {t("gaps", { numbers: preview.gaps.join(", ") })}</>}
        </p>
        {preview.items.length > 0 && (
          <ol className="max-h-64 list-none space-y-1 overflow-y-auto rounded border border-line p-3 text-sm">
            {preview.items.slice(0, 300).map((item, index) => (
              <li key={index}>
                <span className="font-semibold">{item.number}.</span> {item.text}
              </li>
            ))}
          </ol>
        )}
        <Field id="paste-language" label={t("language")}>
          <select
            value={language}
            onChange={(event) => setLanguage(event.target.value as TRecommendationLanguage)}
            className={inputClass}
            {...controlProps("paste-language", {})}
          >
            {RECOMMENDATION_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(code)}
              </option>
            ))}
          </select>
        </Field>
        <ThemeChoices
          legend={t("themes")}
          themes={themes}
          chosen={chosen}
          onChange={setChosen}
          error={errors.themes}
        />
        <SubmitButton isPending={createMany.isPending} label={t("save")} pendingLabel={t("save")} />
      </form>
    </FormShell>
  );
}
