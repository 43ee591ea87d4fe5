"use client";

import { signOut, useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { useDisclosure } from "./use-disclosure";

export function AccountMenu() {
  const t = useTranslations("Auth");
  const { data: session, status } = useSession();
  const { isOpen, root, buttonProps, panelId } = useDisclosure();
  if (status === "loading") return <span className="w-24" aria-hidden="true" />;
  if (!session?.user) {
    return (
      <Link
        href="/sign-in"
        className="rounded bg-brand px-3 py-1.5 text-sm font-medium whitespace-nowrap text-white no-underline hover:bg-brand-strong hover:text-white"
      >
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div ref={root} className="relative text-sm">
      <button
        {...buttonProps}
        className="rounded border border-line px-3 py-1.5 font-medium whitespace-nowrap text-ink hover:bg-brand-soft"
      >
        {t("accountMenu")} <span aria-hidden="true">▾</span>
      </button>
      <div
        id={panelId}
        className={`${isOpen ? "block" : "hidden"} absolute right-0 z-30 mt-1 w-64 space-y-2 rounded-card border border-line bg-surface p-3 shadow-md`}
      >
        <p className="break-words text-muted">
          {t("signedInAs", { name: session.user.name ?? session.user.email ?? "" })}
        </p>
        <Link href="/manage" className="block font-medium">
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
    </div>
  );
}
