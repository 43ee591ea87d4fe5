"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { InlineMessage } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { FormField } from "~/components/ui/form-field";
import {
  ZOrganisationAcronyms,
  type TOrganisationAcronyms,
  type TOrganisationAcronymsForm,
} from "~/domain/admin/organisation-schema";
import { useTRPC } from "~/trpc/react";
import { useFieldError } from "../field-error";
import { serverFieldErrors, useAdminMutation } from "../use-admin-mutation";

export type TOrganisationRow = { id: string; name: string; acronym: string | null; fr: string; es: string };

const LANGUAGES = ["fr", "es"] as const;

/** One organisation's French and Spanish acronyms; an empty field shows the English acronym. */
export function AcronymsForm({ organisation }: { organisation: TOrganisationRow }) {
  const t = useTranslations("AdminOrganisations");
  const tAdmin = useTranslations("Admin");
  const fieldError = useFieldError();
  const trpc = useTRPC();
  const mutation = useAdminMutation(trpc.admin.updateOrganisationAcronyms.mutationOptions());
  const [isSaved, setIsSaved] = useState(false);
  const form = useForm<TOrganisationAcronymsForm, unknown, TOrganisationAcronyms>({
    resolver: zodResolver(ZOrganisationAcronyms),
    defaultValues: { fr: organisation.fr, es: organisation.es },
  });

  async function save(data: TOrganisationAcronyms) {
    setIsSaved(false);
    if (await mutation.run({ id: organisation.id, data })) {
      setIsSaved(true);
      return;
    }
    for (const [field, message] of Object.entries(serverFieldErrors(mutation.rawError))) {
      const language = LANGUAGES.find((candidate) => field === `data.${candidate}`);
      if (language) form.setError(language, { message }, { shouldFocus: true });
    }
  }

  return (
    <form
      noValidate
      aria-label={t("formLabel", { name: organisation.name })}
      onSubmit={(event) => void form.handleSubmit(save)(event)}
      className="flex flex-wrap items-end gap-3"
    >
      {LANGUAGES.map((language) => (
        <FormField
          key={language}
          id={`acronym-${organisation.id}-${language}`}
          type="text"
          maxLength={30}
          lang={language}
          label={t("acronymIn", { language })}
          placeholder={organisation.acronym ?? undefined}
          error={fieldError(form.formState.errors[language]?.message)}
          fieldClassName="w-40 space-y-1"
          {...form.register(language, { onChange: () => setIsSaved(false) })}
        />
      ))}
      <SubmitButton isPending={mutation.isPending} label={t("save")} pendingLabel={tAdmin("saving")} />
      {isSaved && <InlineMessage tone="success">{t("saved")}</InlineMessage>}
      <InlineMessage tone="error">{mutation.error}</InlineMessage>
    </form>
  );
}
