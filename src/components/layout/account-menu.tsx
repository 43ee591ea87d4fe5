"use client";

import { signOut, useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";

export function AccountMenu() {
  const t = useTranslations("Auth");
  const { data: session, status } = useSession();
  if (status === "loading") return <span className="w-24" aria-hidden="true" />;
  if (!session?.user) {
    return (
      <Link
        href="/sign-in"
        className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-strong hover:text-white"
      >
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="text-muted">
        {t("signedInAs", { name: session.user.name ?? session.user.email ?? "" })}
      </span>
      <Link href="/manage" className="font-medium">
        {t("yourWork")}
      </Link>
      <button
        type="button"
        onClick={() => void signOut({ callbackUrl: "/" })}
        className="rounded border border-line px-3 py-1.5 font-medium text-ink hover:bg-brand-soft"
      >
        {t("signOut")}
      </button>
    </div>
  );
}
