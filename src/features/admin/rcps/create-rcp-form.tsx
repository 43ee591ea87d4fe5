"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "~/trpc/react";
import { InlineMessage } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { controlProps, Field, FormField, inputClass, SelectField } from "~/components/ui/form-field";
import { useFieldError } from "../field-error";
import { REGIONS } from "~/domain/rcp/regions";
import {
  SECRETARIAT_KINDS,
  ZCreateRcpInput,
  type TCreateRcpForm,
  type TCreateRcpInput,
} from "~/domain/admin/rcp-schema";
import { serverFieldErrors, useAdminMutation } from "../use-admin-mutation";

type TForm = TCreateRcpForm;
const EMPTY: TForm = {
  slug: "",
  name: "",
  shortName: "",
  acronym: "",
  yearEstablished: "",
  region: "",
  secretariatKind: "",
  description: "",
};
const FIELDS = Object.keys(EMPTY) as (keyof TForm)[];

export function CreateRcpForm() {
  const t = useTranslations("AdminRcps");
  const tAdmin = useTranslations("Admin");
  const tRcp = useTranslations("Rcp");
  const fieldError = useFieldError();
  const trpc = useTRPC();
  const mutation = useAdminMutation(trpc.admin.createRcp.mutationOptions());
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm<TForm, unknown, TCreateRcpInput>({
    resolver: zodResolver(ZCreateRcpInput),
    defaultValues: EMPTY,
  });
  const errors = form.formState.errors;
  const error = (name: keyof TForm) => fieldError(errors[name]?.message);

  async function create(values: TCreateRcpInput) {
    setCreated(null);
    if (await mutation.run(values)) {
      form.reset(EMPTY);
      setCreated(values.shortName);
      return;
    }
    for (const [field, message] of Object.entries(serverFieldErrors(mutation.rawError))) {
      if ((FIELDS as string[]).includes(field))
        form.setError(field as keyof TForm, { message }, { shouldFocus: true });
    }
  }

  const text = (name: "slug" | "name" | "shortName" | "acronym", maxLength: number) => ({
    id: `rcp-${name}`,
    type: "text",
    maxLength,
    label: t(name),
    error: error(name),
    ...form.register(name, { onChange: () => setCreated(null) }),
  });

  return (
    <form
      noValidate
      aria-labelledby="create-rcp-heading"
      onSubmit={(event) => void form.handleSubmit(create)(event)}
      className="space-y-4"
    >
      <p className="text-sm text-muted">{t("createIntro")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField {...text("name", 300)} />
        <FormField hint={t("shortNameHelp")} {...text("shortName", 100)} />
        <FormField hint={t("slugHelp")} {...text("slug", 100)} />
        <Field id="rcp-acronym" label={t("acronym")} hint={t("optional")} error={error("acronym")}>
          <input
            type="text"
            maxLength={30}
            className={inputClass}
            {...controlProps("rcp-acronym", { error: error("acronym") })}
            {...form.register("acronym", { onChange: () => setCreated(null) })}
          />
        </Field>
        <FormField
          id="rcp-yearEstablished"
          type="number"
          inputMode="numeric"
          min={1900}
          label={t("yearEstablished")}
          error={error("yearEstablished")}
          {...form.register("yearEstablished")}
        />
        <SelectField
          id="rcp-region"
          label={t("region")}
          error={error("region")}
          emptyLabel={t("chooseRegion")}
          options={REGIONS.map((region) => ({ value: region, label: tRcp(`region.${region}`) }))}
          {...form.register("region")}
        />
        <SelectField
          id="rcp-secretariatKind"
          label={t("secretariatKind")}
          error={error("secretariatKind")}
          emptyLabel={t("chooseSecretariatKind")}
          options={SECRETARIAT_KINDS.map((kind) => ({ value: kind, label: tRcp(`secretariatKind.${kind}`) }))}
          {...form.register("secretariatKind")}
        />
        <Field
          id="rcp-description"
          label={t("description")}
          hint={t("optional")}
          error={error("description")}
          className="space-y-1 sm:col-span-2"
        >
          <textarea
            rows={4}
            maxLength={5000}
            lang="en"
            className={inputClass}
            {...controlProps("rcp-description", { error: error("description") })}
            {...form.register("description")}
          />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton isPending={mutation.isPending} label={t("create")} pendingLabel={tAdmin("saving")} />
        {created && <InlineMessage tone="success">{t("created", { name: created })}</InlineMessage>}
      </div>
      <InlineMessage tone="error">{mutation.error}</InlineMessage>
    </form>
  );
}
