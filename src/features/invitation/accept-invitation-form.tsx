"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { CardForm, DonePanel } from "~/components/ui/card-form";
import { announceSessionChange } from "~/components/layout/session-events";
import { FormField } from "~/components/ui/form-field";
import { useFormErrors } from "~/features/auth/form-errors";
import { NewPasswordFields } from "~/features/auth/new-password-fields";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { acceptInvitationForm, type TAcceptInvitationForm } from "~/domain/invitation/accept-schema";

type TProps = { token: string; email: string; name: string | null };

export function AcceptInvitationForm({ token, email, name }: TProps) {
  const t = useTranslations("Invitation");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const errors = useFormErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [isAccepted, setIsAccepted] = useState(false);
  const schema = useMemo(() => acceptInvitationForm(email), [email]);
  const form = useForm<TAcceptInvitationForm>({
    resolver: zodResolver(schema),
    defaultValues: { name: name ?? "", password: "", confirm: "" },
  });
  const accept = useMutation(trpc.invitation.accept.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const accepted = await accept.mutateAsync({
        token,
        name: values.name,
        password: values.password,
        locale,
      });
      const session = await signIn("credentials", {
        email: accepted.email,
        password: values.password,
        redirect: false,
      });
      if (!session?.ok || session.error) {
        setIsAccepted(true);
        return;
      }
      announceSessionChange();
      router.push(accepted.rcpSlug ? `/manage/${accepted.rcpSlug}/staff` : "/");
      router.refresh();
    } catch (error) {
      const problem = errors.server(error);
      for (const [field, message] of Object.entries(problem.fields)) {
        if (field === "name" || field === "password" || field === "confirm")
          form.setError(field, { message });
      }
      setFormError(problem.form);
    }
  });

  if (isAccepted) {
    return (
      <DonePanel
        title={t("acceptedTitle")}
        body={t("acceptedBody")}
        next={{ href: "/sign-in", label: t("signIn") }}
      />
    );
  }

  const { errors: fieldErrors, isSubmitting } = form.formState;
  return (
    <CardForm onSubmit={(event) => void onSubmit(event)}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <FormField
        id="name"
        label={t("name")}
        autoComplete="name"
        error={errors.field(fieldErrors.name?.message)}
        {...form.register("name")}
      />
      <NewPasswordFields
        labels={{ password: t("password"), confirm: t("confirm") }}
        errors={{
          password: errors.field(fieldErrors.password?.message),
          confirm: errors.field(fieldErrors.confirm?.message),
        }}
        register={{ password: form.register("password"), confirm: form.register("confirm") }}
      />
      <SubmitButton isPending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} isFullWidth />
    </CardForm>
  );
}
