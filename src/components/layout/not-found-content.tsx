"use client";

import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";

export function NotFoundContent() {
  const t = useTranslations("NotFound");
  return (
    <div className="space-y-4 py-12">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <p>
        <Link href="/" className="font-medium underline">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
