"use client";

import type { ReactNode } from "react";
import { useDisclosure } from "./use-disclosure";

type TProps = { label: string; menuLabel: string; children: ReactNode };

/** The sections of the site: a row of links on wide screens, behind a "Menu" button on narrow ones. */
export function MainNavigation({ label, menuLabel, children }: TProps) {
  const { isOpen, root, buttonProps, panelId } = useDisclosure();
  return (
    <nav ref={root} aria-label={label} className="lg:min-w-0 lg:flex-1">
      <button
        {...buttonProps}
        className="rounded border border-line px-3 py-1.5 text-sm font-medium text-ink hover:bg-brand-soft lg:hidden"
      >
        {menuLabel} <span aria-hidden="true">▾</span>
      </button>
      <div
        id={panelId}
        className={`${isOpen ? "block" : "hidden"} absolute inset-x-0 top-full z-20 border-b border-line bg-surface px-4 py-3 shadow-md lg:static lg:block lg:border-0 lg:p-0 lg:shadow-none`}
      >
        {children}
      </div>
    </nav>
  );
}
