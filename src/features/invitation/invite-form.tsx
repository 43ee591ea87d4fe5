"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormField } from "~/components/ui/form-field";
import { useFormErrors } from "~/features/auth/form-errors";
import { useRouter } from "~/i18n/navigation";
import { locales } from "~/i18n/routing";
import { useTRPC } from "~/trpc/react";
import { INVITE_ROLES, ZInviteForm, type TInviteForm } from "./schema";

type TProps = {
  rcpId: string;
  /** Administrators may also grant platform administration. */
  canGrantAdmin: boolean;
};

/** Invites a colleague to the RCP's secretariat: they get an email with a link to set a password. */
export function InviteForm({ rcpId, canGrantAdmin }: TProps) {
  const t = useTranslations("InviteForm");
  const tStaff = useTranslations("Staff");
  const tLocale = useTranslations("LocaleSwitcher");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const errors = useFormErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<TInviteForm>({
    resolver: zodResolver(ZInviteForm),
    defaultValues: { email: "", name: "", role: "VIEWER", isPlatformAdmin: false, locale },
  });
  const create = useMutation(trpc.invitation.create.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setNotice(null);
    try {
      const result = await create.mutateAsync({
        email: values.email,
        name: values.name,
        locale: values.locale,
        isPlatformAdmin: canGrantAdmin && values.isPlatformAdmin,
        rcp: { rcpId, role: values.role },
      });
      setNotice(result.isMailSent ? t("sent", { email: values.email }) : tStaff("notSent"));
      form.reset({ ...values, email: "", name: "", isPlatformAdmin: false });
      router.refresh();
    } catch (error) {
      const problem = errors.server(error);
      for (const [field, message] of Object.entries(problem.fields)) {
        if (field === "email" || field === "name") form.setError(field, { message });
      }
      setFormError(problem.form);
    }
  });

  const { errors: fieldErrors, isSubmitting } = form.formState;
  return (
    <form
      // Submitted before the page is interactive, a form would otherwise put its fields
      // (passwords included) in the address, the history and the server logs.
      method="post"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="space-y-4 rounded-card border border-line bg-surface p-6"
    >
      {formError && (
        <p role="alert" className="rounded bg-danger-soft px-3 py-2 text-sm text-danger">
          {formError}
        </p>
      )}
      <p role="status" className={notice ? "rounded bg-brand-soft px-3 py-2 text-sm" : "sr-only"}>
        {notice}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="invite-email"
          type="email"
          label={t("email")}
          autoComplete="off"
          error={errors.field(fieldErrors.email?.message)}
          {...form.register("email")}
        />
        <FormField
          id="invite-name"
          label={t("name")}
          autoComplete="off"
          error={errors.field(fieldErrors.name?.message)}
          {...form.register("name")}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("role")}</legend>
        {INVITE_ROLES.map((role) => (
          <label key={role} className="flex items-start gap-2 text-sm">
            <input type="radio" value={role} className="mt-1" {...form.register("role")} />
            <span>{t(`role_${role}`)}</span>
          </label>
        ))}
      </fieldset>
      {canGrantAdmin && (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" {...form.register("isPlatformAdmin")} />
          <span>{t("isPlatformAdmin")}</span>
        </label>
      )}
      <div className="space-y-1">
        <label htmlFor="invite-locale" className="block text-sm font-medium">
          {t("locale")}
        </label>
        <p id="invite-locale-hint" className="text-sm text-muted">
          {t("localeHint")}
        </p>
        <select
          id="invite-locale"
          aria-describedby="invite-locale-hint"
          className="rounded border border-line bg-surface px-3 py-2"
          {...form.register("locale")}
        >
          {locales.map((option) => (
            <option key={option} value={option}>
              {tLocale(option)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-70"
      >
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
