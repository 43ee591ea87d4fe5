"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
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
    <form
      // Submitted before the page is interactive, a form would otherwise put its fields
      // (passwords included) in the address, the history and the server logs.
      method="post"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="space-y-4 rounded-card border border-line bg-surface p-6"
    >
      {error && (
        <p role="alert" className="rounded bg-danger-soft px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          className="w-full rounded border border-line px-3 py-2"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="w-full rounded border border-line px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-70"
      >
        {isPending ? t("submitting") : t("submit")}
      </button>
      {sso && (
        <>
          <p className="text-center text-sm text-muted">{t("or")}</p>
          <button
            type="button"
            onClick={() => void signIn("oidc", { callbackUrl: returnTo })}
            className="w-full rounded border border-brand px-4 py-2 font-medium text-brand hover:bg-brand-soft"
          >
            {t("ssoButton", { name: sso.name })}
          </button>
        </>
      )}
    </form>
  );
}

function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
