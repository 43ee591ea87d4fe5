"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { announceSessionChange } from "~/components/layout/session-events";
import { FormField } from "~/components/ui/form-field";
import { Link, useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useFormErrors } from "./form-errors";
import { ZResetPasswordForm, type TResetPasswordForm } from "./password-schema";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("PasswordReset");
  const tPassword = useTranslations("Password");
  const router = useRouter();
  const trpc = useTRPC();
  const errors = useFormErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [isLinkDead, setIsLinkDead] = useState(false);
  const [isDone, setIsDone] = useState(false);
  const form = useForm<TResetPasswordForm>({
    resolver: zodResolver(ZResetPasswordForm),
    defaultValues: { password: "", confirm: "" },
  });
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { email } = await reset.mutateAsync({ token, password: values.password });
      const session = await signIn("credentials", { email, password: values.password, redirect: false });
      if (!session?.ok || session.error) {
        setIsDone(true);
        return;
      }
      announceSessionChange();
      router.push("/");
      router.refresh();
    } catch (error) {
      const problem = errors.server(error);
      if (problem.fields.password) form.setError("password", { message: problem.fields.password });
      setIsLinkDead(problem.accountError === "resetUnavailable");
      setFormError(problem.form);
    }
  });

  if (isDone) {
    return (
      <div role="status" className="space-y-2 rounded-card border border-line bg-surface p-6">
        <h2 className="text-lg font-semibold">{t("doneTitle")}</h2>
        <p>{t("doneBody")}</p>
        <Link href="/sign-in" className="font-medium underline">
          {t("backToSignIn")}
        </Link>
      </div>
    );
  }

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
        <div role="alert" className="space-y-1 rounded bg-danger-soft px-3 py-2 text-sm text-danger">
          <p>{formError}</p>
          {isLinkDead && (
            <Link href="/forgot-password" className="font-medium text-danger underline">
              {t("requestNew")}
            </Link>
          )}
        </div>
      )}
      <FormField
        id="password"
        type="password"
        label={t("password")}
        hint={tPassword("hint")}
        autoComplete="new-password"
        error={errors.field(fieldErrors.password?.message)}
        {...form.register("password")}
      />
      <FormField
        id="confirm"
        type="password"
        label={t("confirm")}
        autoComplete="new-password"
        error={errors.field(fieldErrors.confirm?.message)}
        {...form.register("confirm")}
      />
      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-70"
      >
        {isSubmitting ? t("resetSubmitting") : t("resetSubmit")}
      </button>
    </form>
  );
}
