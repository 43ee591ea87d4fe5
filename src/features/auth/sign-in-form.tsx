"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "~/components/ui/alert";
import { Button, SubmitButton } from "~/components/ui/button";
import { CardForm } from "~/components/ui/card-form";
import { FormField } from "~/components/ui/form-field";
import { announceSessionChange } from "~/components/layout/session-events";

type TProps = { returnTo: string; sso: { name: string } | null; isSsoDenied: boolean };

export function SignInForm({ returnTo, sso, isSsoDenied }: TProps) {
  const t = useTranslations("Auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(isSsoDenied ? t("ssoDenied") : null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = textOf(form, "email").trim();
    const password = textOf(form, "password");
    if (!email || !password) {
      setError(t("missingFields"));
      return;
    }
    setIsPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    setIsPending(false);
    if (!result?.ok || result.error) {
      setError(t("invalidCredentials"));
      return;
    }
    announceSessionChange();
    router.push(returnTo);
    router.refresh();
  }

  return (
    <CardForm onSubmit={(event) => void onSubmit(event)}>
      {error && <Alert tone="error">{error}</Alert>}
      <FormField
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        maxLength={254}
      />
      <FormField
        id="password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
      />
      <SubmitButton isPending={isPending} label={t("submit")} pendingLabel={t("submitting")} isFullWidth />
      {sso && (
        <>
          <p className="text-center text-sm text-muted">{t("or")}</p>
          <Button
            variant="outline"
            isFullWidth
            onClick={() => void signIn("oidc", { callbackUrl: returnTo })}
          >
            {t("ssoButton", { name: sso.name })}
          </Button>
        </>
      )}
    </CardForm>
  );
}

function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
