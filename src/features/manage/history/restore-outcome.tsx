"use client";

import { createContext, use, useRef, useState, type ReactNode } from "react";

type TOutcome = { isError: boolean; text: string };

type TReporter = {
  report: (outcome: TOutcome) => void;
  /** The message, for focus to move to once the confirmation closes. */
  element: () => HTMLElement | null;
};

const OutcomeContext = createContext<TReporter | null>(null);

/**
 * What restoring a version did, said once above the versions. Said next to the button, it ended
 * up off-screen on a phone: the new version is added at the top and pushes that card down.
 */
export function RestoreOutcome({ children }: { children: ReactNode }) {
  const [outcome, setOutcome] = useState<TOutcome | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  const tone = outcome?.isError ? "bg-danger-soft text-danger" : "bg-success-soft text-success";
  return (
    <OutcomeContext value={{ report: setOutcome, element: () => ref.current }}>
      <p
        ref={ref}
        tabIndex={-1}
        role={outcome?.isError ? "alert" : "status"}
        className={outcome ? `scroll-mt-4 rounded px-3 py-2 text-sm font-medium ${tone}` : "sr-only"}
      >
        {outcome?.text}
      </p>
      {children}
    </OutcomeContext>
  );
}

export function useRestoreOutcome(): TReporter {
  const reporter = use(OutcomeContext);
  if (!reporter) throw new Error("useRestoreOutcome needs a RestoreOutcome around it.");
  return reporter;
}
