"use client";

import { useEffect, useState } from "react";
import { Link } from "~/i18n/link";
import { onSessionChange } from "./session-events";
import { fetchSessionSummary, type TSessionSummary } from "./session-summary";
import { useDisclosure } from "./use-disclosure";

type TState = { status: "loading" } | { status: "ready"; session: TSessionSummary };

/**
 * The menu's words, translated on the server: the menu is on every page, and next-intl's client
 * runtime would weigh more than the rest of it. `signedInAs` is the sentence around the name.
 */
export type TAccountMenuLabels = {
  signIn: string;
  signOut: string;
  accountMenu: string;
  yourWork: string;
  calendar: string;
  emailPreferences: string;
  signedInAs: { before: string; after: string };
};

/**
 * Sign-in for visitors; for people signed in, a menu with who they are, their secretariats and
 * signing out. Public pages are cached for everyone, so the browser asks who is signed in after load.
 */
export function AccountMenu({ labels }: { labels: TAccountMenuLabels }) {
  const t = (key: Exclude<keyof TAccountMenuLabels, "signedInAs">) => labels[key];
  const [state, setState] = useState<TState>({ status: "loading" });
  const { isOpen, root, buttonProps, panelId } = useDisclosure();

  useEffect(() => {
    let controller = new AbortController();
    const load = () => {
      controller.abort();
      controller = new AbortController();
      fetchSessionSummary(controller.signal).then(
        (session) => setState({ status: "ready", session }),
        (error: unknown) => {
          if (!(error instanceof DOMException && error.name === "AbortError")) {
            setState({ status: "ready", session: null });
          }
        },
      );
    };
    // Signed out or in elsewhere (another tab) while this one was hidden.
    const onVisible = () => {
      if (document.visibilityState === "visible") load();
    };
    load();
    const stopListening = onSessionChange(load);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      controller.abort();
      stopListening();
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);

  if (state.status === "loading") return <span className="w-24" aria-hidden="true" />;
  if (!state.session) {
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
          {labels.signedInAs.before}
          {state.session.name}
          {labels.signedInAs.after}
        </p>
        <Link href="/manage" className="block font-medium">
          {t("yourWork")}
        </Link>
        <Link href="/calendar" className="block font-medium">
          {t("calendar")}
        </Link>
        <Link href="/email-preferences" className="block font-medium">
          {t("emailPreferences")}
        </Link>
        <button
          type="button"
          // next-auth's client is loaded only when someone signs out, not on every page.
          onClick={() => void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" }))}
          className="rounded border border-line px-3 py-1.5 font-medium text-ink hover:bg-brand-soft"
        >
          {t("signOut")}
        </button>
      </div>
    </div>
  );
}
