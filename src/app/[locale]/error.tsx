"use client";

import { useTranslations } from "next-intl";

export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <div role="alert" className="space-y-4 py-12">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong"
      >
        {t("retry")}
      </button>
    </div>
  );
}
