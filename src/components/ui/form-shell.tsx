"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type FocusEvent, type ReactNode } from "react";
import { useLeaveGuard } from "./use-leave-guard";

type TProps = { isDirty: boolean; children: ReactNode; className?: string };

/**
 * What every form of the site shares: leaving with unsaved changes asks first, and a field that
 * receives focus is scrolled clear of the sticky bar at the bottom (FormShellBar) — WCAG 2.2
 * SC 2.4.11, focus not obscured.
 */
export function FormShell({ isDirty, children, className }: TProps) {
  const t = useTranslations("FormShell");
  const message = t("leaveConfirm");
  useLeaveGuard(isDirty, () => window.confirm(message));

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (event.target.closest("[data-form-shell-bar]")) return;
    // "nearest" moves only as much as needed; the document's scroll padding keeps the bar clear.
    event.target.scrollIntoView({ block: "nearest" });
  };

  return (
    <div className={className} onFocus={onFocus}>
      {children}
    </div>
  );
}

/** The bar that stays at the bottom of the screen with the form's actions and status. */
export function FormShellBar({ children, className }: { children: ReactNode; className?: string }) {
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    // The browser keeps what it scrolls into view (focus, anchors, find) above this padding.
    const update = () => {
      root.style.scrollPaddingBottom = `${element.offsetHeight}px`;
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBottom = "";
    };
  }, []);

  return (
    <div
      ref={bar}
      data-form-shell-bar=""
      className={`sticky bottom-0 z-10 border-t border-line bg-surface shadow-[0_-2px_6px_rgba(0,0,0,0.06)] ${className ?? ""}`}
    >
      {children}
    </div>
  );
}
