"use client";

import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";
import { DropdownMenu, DropdownMenuItem } from "~/components/ui/dropdown-menu";
import { Link } from "~/i18n/navigation";

/** A signed-in person's pages, and signing out behind their name. */
export function SignedInMenu({ name }: { name: string }) {
  const t = useTranslations("Auth");
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/manage" className="font-medium">
        {t("yourWork")}
      </Link>
      <DropdownMenu
        trigger={
          <Button variant="secondary" size="sm">
            {t("signedInAs", { name })}
            <span aria-hidden="true">▾</span>
          </Button>
        }
      >
        <DropdownMenuItem
          // next-auth's client is loaded only when someone signs out, not on every page.
          onSelect={() => void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" }))}
        >
          {t("signOut")}
        </DropdownMenuItem>
      </DropdownMenu>
    </div>
  );
}
