"use client";

import { signOut, useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";
import { DropdownMenu, DropdownMenuItem } from "~/components/ui/dropdown-menu";
import { Link } from "~/i18n/navigation";

/** Sign-in for visitors; for people signed in, their pages and, behind their name, signing out. */
export function AccountMenu() {
  const t = useTranslations("Auth");
  const { data: session, status } = useSession();
  if (status === "loading") return <span className="w-24" aria-hidden="true" />;
  if (!session?.user) {
    return (
      <Button asChild size="sm">
        <Link href="/sign-in">{t("signIn")}</Link>
      </Button>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/manage" className="font-medium">
        {t("yourWork")}
      </Link>
      <DropdownMenu
        trigger={
          <Button variant="secondary" size="sm">
            {t("signedInAs", { name: session.user.name ?? session.user.email ?? "" })}
            <span aria-hidden="true">▾</span>
          </Button>
        }
      >
        <DropdownMenuItem onSelect={() => void signOut({ callbackUrl: "/" })}>
          {t("signOut")}
        </DropdownMenuItem>
      </DropdownMenu>
    </div>
  );
}
