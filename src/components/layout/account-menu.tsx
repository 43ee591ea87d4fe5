"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Link } from "~/i18n/navigation";
import { onSessionChange } from "./session-events";
import { fetchSessionSummary, type TSessionSummary } from "./session-summary";

type TState = { status: "loading" } | { status: "ready"; session: TSessionSummary };

// Public pages are cached for everyone, so who is signed in is asked by the browser after load.
export function AccountMenu() {
  const t = useTranslations("Auth");
  const [state, setState] = useState<TState>({ status: "loading" });

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
        className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-strong hover:text-white"
      >
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="text-muted">{t("signedInAs", { name: state.session.name })}</span>
      <Link href="/manage" className="font-medium">
        {t("yourWork")}
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
  );
}
