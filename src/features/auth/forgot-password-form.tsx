"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { CardForm, DonePanel } from "~/components/ui/card-form";
import { FormField } from "~/components/ui/form-field";
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
      <DonePanel
        title={t("sentTitle")}
        body={t("sentBody")}
        next={{ href: "/sign-in", label: t("backToSignIn") }}
      />
    );
  }

  return (
    <CardForm onSubmit={(event) => void onSubmit(event)}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <FormField
        id="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        error={errors.field(form.formState.errors.email?.message)}
        {...form.register("email")}
      />
      <SubmitButton
        isPending={form.formState.isSubmitting}
        label={t("submit")}
        pendingLabel={t("submitting")}
        isFullWidth
      />
    </CardForm>
  );
}
