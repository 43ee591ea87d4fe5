import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DirectoryBrowser } from "~/features/rcp/directory-browser";
import { DirectoryCard } from "~/features/rcp/directory-card";
import { loadDirectory } from "~/features/rcp/load-directory";
import { pageLocale } from "~/i18n/page-locale";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Directory" });
  return { title: t("title") };
}

export default async function DirectoryPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Directory");
  const directory = await loadDirectory(locale);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-muted">{t("intro")}</p>
      </header>
      {/* Filters are read in the browser; the cached page itself is the unfiltered directory. */}
      <Suspense
        fallback={
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {directory.items.map((item) => (
              <li key={item.slug}>
                <DirectoryCard rcp={item} />
              </li>
            ))}
          </ul>
        }
      >
        <DirectoryBrowser {...directory} />
      </Suspense>
    </div>
  );
}
