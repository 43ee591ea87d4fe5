"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "~/trpc/react";
import { buttonClass, controlProps, Field, inputClass } from "~/components/ui/form-field";
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

  const text = (
    name: "slug" | "name" | "shortName" | "acronym",
    options: { help?: string; maxLength: number },
  ) => (
    <input
      type="text"
      maxLength={options.maxLength}
      className={inputClass}
      {...controlProps(`rcp-${name}`, { error: error(name), help: options.help })}
      {...form.register(name, { onChange: () => setCreated(null) })}
    />
  );

  return (
    <form
      noValidate
      aria-labelledby="create-rcp-heading"
      onSubmit={(event) => void form.handleSubmit(create)(event)}
      className="space-y-4"
    >
      <p className="text-sm text-muted">{t("createIntro")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="rcp-name" label={t("name")} error={error("name")}>
          {text("name", { maxLength: 300 })}
        </Field>
        <Field id="rcp-shortName" label={t("shortName")} help={t("shortNameHelp")} error={error("shortName")}>
          {text("shortName", { help: t("shortNameHelp"), maxLength: 100 })}
        </Field>
        <Field id="rcp-slug" label={t("slug")} help={t("slugHelp")} error={error("slug")}>
          {text("slug", { help: t("slugHelp"), maxLength: 100 })}
        </Field>
        <Field id="rcp-acronym" label={t("acronym")} hint={t("optional")} error={error("acronym")}>
          {text("acronym", { maxLength: 30 })}
        </Field>
        <Field id="rcp-yearEstablished" label={t("yearEstablished")} error={error("yearEstablished")}>
          <input
            type="number"
            inputMode="numeric"
            min={1900}
            className={inputClass}
            {...controlProps("rcp-yearEstablished", { error: error("yearEstablished") })}
            {...form.register("yearEstablished")}
          />
        </Field>
        <Field id="rcp-region" label={t("region")} error={error("region")}>
          <select
            className={inputClass}
            {...controlProps("rcp-region", { error: error("region") })}
            {...form.register("region")}
          >
            <option value="">{t("chooseRegion")}</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {tRcp(`region.${region}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="rcp-secretariatKind" label={t("secretariatKind")} error={error("secretariatKind")}>
          <select
            className={inputClass}
            {...controlProps("rcp-secretariatKind", { error: error("secretariatKind") })}
            {...form.register("secretariatKind")}
          >
            <option value="">{t("chooseSecretariatKind")}</option>
            {SECRETARIAT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tRcp(`secretariatKind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
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
        <button type="submit" disabled={mutation.isPending} className={buttonClass}>
          {mutation.isPending ? tAdmin("saving") : t("create")}
        </button>
        {created && (
          <p role="status" className="text-sm font-medium text-success">
            {t("created", { name: created })}
          </p>
        )}
      </div>
      {mutation.error && (
        <p role="alert" className="text-sm font-medium text-danger">
          {mutation.error}
        </p>
      )}
    </form>
  );
}
