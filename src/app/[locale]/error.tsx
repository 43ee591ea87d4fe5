"use client";

import { useErrorMessages } from "~/components/layout/error-messages";
import { buttonClass } from "~/components/ui/button-class";

export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorMessages();
  return (
    <div role="alert" className="space-y-4 py-12">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="text-muted">{t.body}</p>
      <button type="button" onClick={reset} className={buttonClass()}>
        {t.retry}
      </button>
    </div>
  );
}
