import { getTranslations } from "next-intl/server";
import { PlainLink } from "~/components/ui/plain-link";
import { Table, Td, RowHeader } from "~/components/ui/table";
import { carriesRecommendations } from "~/domain/recommendation/vocabulary";
import type { TLocale } from "~/i18n/routing";
import { publicCaller, requestCaller } from "~/trpc/server";
import { documentDate, downloadHref, fileSize, languageName } from "./document-format";

type TProps = {
  activityId: string;
  locale: TLocale;
  /**
   * "public" on a cached public page: reads no cookies, so it lists public documents only.
   * "request" on a page rendered per request: lists what the signed-in reader may see.
   */
  reader: "public" | "request";
  /** The section's heading level, to fit the page it is placed on. */
  headingLevel?: 2 | 3;
};

/**
 * The outcomes of an activity a reader may see (title, kind, language, date, size) with their
 * download links. Nothing at all when there are none, or when the reader may not see the activity.
 */
export async function ActivityDocuments({ activityId, locale, reader, headingLevel = 2 }: TProps) {
  const caller = reader === "public" ? publicCaller : await requestCaller();
  const documents = await caller.activityDocument.list({ activityId }).catch(() => []);
  if (documents.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "DocumentsList" });
  const tKind = await getTranslations({ locale, namespace: "DocumentsKinds" });
  const tRecommendations = await getTranslations({ locale, namespace: "RecommendationView" });
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={`documents-${activityId}`} className="space-y-3">
      <Heading id={`documents-${activityId}`} className="text-xl font-semibold">
        {t("heading")}
      </Heading>
      <Table caption={t("heading")} columns={[t("title"), t("kind"), t("language"), t("date"), t("size")]}>
        {documents.map((document) => (
          <tr key={document.id} className="border-b border-line last:border-0">
            <RowHeader>
              <a
                href={downloadHref(document.id)}
                download
                aria-label={t("download", { title: document.title })}
                className="font-medium underline"
              >
                {document.title}
              </a>
            </RowHeader>
            <Td>
              {tKind(document.kind)}
              {/* Outcomes that recommend open their numbered items and follow-up. */}
              {carriesRecommendations(document.kind) && (
                <PlainLink href={`/recommendations/${document.id}`} className="block text-sm">
                  {tRecommendations("open")}
                </PlainLink>
              )}
            </Td>
            <Td>{languageName(document.language, locale)}</Td>
            <Td>{document.date ? documentDate(document.date, locale) : "—"}</Td>
            <Td>{fileSize(document.size, locale)}</Td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
