"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormField } from "~/components/ui/form-field";
import { Link } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useFormErrors } from "./form-errors";
import { ZForgotPasswordForm, type TForgotPasswordForm } from "~/domain/auth/schema";

/** Whatever address is typed, the answer is the same: whether it has an account stays unknown. */
export function ForgotPasswordForm() {
  const t = useTranslations("PasswordReset");
  const trpc = useTRPC();
  const errors = useFormErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [isSent, setIsSent] = useState(false);
  const form = useForm<TForgotPasswordForm>({
    resolver: zodResolver(ZForgotPasswordForm),
    defaultValues: { email: "" },
  });
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await request.mutateAsync(values);
      setIsSent(true);
    } catch (error) {
      const problem = errors.server(error);
      if (problem.fields.email) form.setError("email", { message: problem.fields.email });
      setFormError(problem.form);
    }
  });

  if (isSent) {
    return (
      <div role="status" className="space-y-2 rounded-card border border-line bg-surface p-6">
        <h2 className="text-lg font-semibold">{t("sentTitle")}</h2>
        <p>{t("sentBody")}</p>
        <Link href="/sign-in" className="font-medium underline">
          {t("backToSignIn")}
        </Link>
      </div>
    );
  }

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
      <FormField
        id="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        error={errors.field(form.formState.errors.email?.message)}
        {...form.register("email")}
      />
      <button
        type="submit"
        disabled={form.formState.isSubmitting}
        className="w-full rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-70"
      >
        {form.formState.isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
