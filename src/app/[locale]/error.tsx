"use client";

import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";

export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <div role="alert" className="space-y-4 py-12">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
