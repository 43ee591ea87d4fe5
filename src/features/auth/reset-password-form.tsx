"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { CardForm, DonePanel } from "~/components/ui/card-form";
import { announceSessionChange } from "~/components/layout/session-events";
import { Link, useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useFormErrors } from "./form-errors";
import { NewPasswordFields } from "./new-password-fields";
import { ZResetPasswordForm, type TResetPasswordForm } from "~/domain/auth/password-schema";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("PasswordReset");
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
      <DonePanel
        title={t("doneTitle")}
        body={t("doneBody")}
        next={{ href: "/sign-in", label: t("backToSignIn") }}
      />
    );
  }

  const { errors: fieldErrors, isSubmitting } = form.formState;
  return (
    <CardForm onSubmit={(event) => void onSubmit(event)}>
      {formError && (
        <Alert tone="error">
          <p>{formError}</p>
          {isLinkDead && (
            <Link href="/forgot-password" className="font-medium text-danger underline">
              {t("requestNew")}
            </Link>
          )}
        </Alert>
      )}
      <NewPasswordFields
        labels={{ password: t("password"), confirm: t("confirm") }}
        errors={{
          password: errors.field(fieldErrors.password?.message),
          confirm: errors.field(fieldErrors.confirm?.message),
        }}
        register={{ password: form.register("password"), confirm: form.register("confirm") }}
      />
      <SubmitButton
        isPending={isSubmitting}
        label={t("resetSubmit")}
        pendingLabel={t("resetSubmitting")}
        isFullWidth
      />
    </CardForm>
  );
}
