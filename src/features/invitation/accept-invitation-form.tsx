"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { announceSessionChange } from "~/components/layout/session-events";
import { FormField } from "~/components/ui/form-field";
import { useFormErrors } from "~/features/auth/form-errors";
import { Link, useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { acceptInvitationForm, type TAcceptInvitationForm } from "./accept-schema";

type TProps = { token: string; email: string; name: string | null };

export function AcceptInvitationForm({ token, email, name }: TProps) {
  const t = useTranslations("Invitation");
  const tPassword = useTranslations("Password");
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
      <div role="status" className="space-y-2 rounded-card border border-line bg-surface p-6">
        <h2 className="text-lg font-semibold">{t("acceptedTitle")}</h2>
        <p>{t("acceptedBody")}</p>
        <Link href="/sign-in" className="font-medium underline">
          {t("signIn")}
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
        <p role="alert" className="rounded bg-danger-soft px-3 py-2 text-sm text-danger">
          {formError}
        </p>
      )}
      <FormField
        id="name"
        label={t("name")}
        autoComplete="name"
        error={errors.field(fieldErrors.name?.message)}
        {...form.register("name")}
      />
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
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
