"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { Button } from "~/components/ui/button";
import { Link } from "~/i18n/navigation";
import { onSessionChange } from "./session-events";
import { fetchSessionSummary, type TSessionSummary } from "./session-summary";

// Visitors, who are most readers of the cached public pages, never load the menu's code.
const SignedInMenu = dynamic(() => import("./signed-in-menu").then((module) => module.SignedInMenu), {
  loading: () => <span className="w-24" aria-hidden="true" />,
});

type TState = { status: "loading" } | { status: "ready"; session: TSessionSummary };

/**
 * Sign-in for visitors; for people signed in, their pages and, behind their name, signing out.
 * Public pages are cached for everyone, so who is signed in is asked by the browser after load.
 */
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
      <Button asChild size="sm">
        <Link href="/sign-in">{t("signIn")}</Link>
      </Button>
    );
  }
  return <SignedInMenu name={state.session.name} />;
}
