import { OverlapPageContent } from "~/features/overlap/overlap-page-content";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("Overlap", "metaTitle");

export default async function OverlapPage({ params }: TProps) {
  return <OverlapPageContent locale={await pageLocale(params)} />;
}
