import { ProcessPairsSection } from "~/features/duplicate-effort/process-pairs-section";
import { OverlapPageContent } from "~/features/overlap/overlap-page-content";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string }> };

// The twin of /[locale]/overlap for signed-in readers (src/server/http/reader-twin.ts): the same
// page, and for secretariats which processes work on the same themes at the same time.
export const generateMetadata = titleMetadata("Overlap", "metaTitle", {
  robots: { index: false, follow: false },
});

export default async function ReaderOverlapPage({ params }: TProps) {
  const locale = await pageLocale(params);
  return <OverlapPageContent locale={locale} after={<ProcessPairsSection locale={locale} />} />;
}
