import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "~/components/ui/page-header";
import { Section } from "~/components/ui/section";
import { Pager } from "~/components/ui/pagination";
import { PlainLink } from "~/components/ui/plain-link";
import { loadDocumentRecommendations, single } from "~/features/recommendation/load";
import { AddForm } from "~/features/recommendation/add-form";
import { EditForm } from "~/features/recommendation/edit-form";
import { PasteForm } from "~/features/recommendation/paste-form";
import { StatusForm } from "~/features/recommendation/status-form";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { publicCaller } from "~/trpc/server";
import { ProgressBar } from "~/features/recommendation/progress-bar";
import { RecommendationItem } from "~/features/recommendation/recommendation-item";
import { pageLocale } from "~/i18n/page-locale";
import { resolveText } from "~/lib/localized-text";
import { RECORD_ID_PATTERN } from "~/lib/record-id";
import type { TSearchParams } from "~/lib/search-params";

type TProps = { params: Promise<{ locale: string; document: string }>; searchParams: Promise<TSearchParams> };

async function documentId(params: TProps["params"]) {
  const { document } = await params;
  if (!RECORD_ID_PATTERN.test(document)) notFound();
  return document;
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "RecommendationView" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

// Per request: what the reader's tier lets them see of an outcome's recommendations and follow-up.
export default async function DocumentRecommendationsPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const id = await documentId(params);
  const cursor = single((await searchParams).after);
  const { list, progress } = await loadDocumentRecommendations(id, cursor);
  const t = await getTranslations("RecommendationView");
  const activityTitle = resolveText(list.document.activity.title, locale).text;
  const themes = list.canEdit
    ? (await publicCaller.rcp.listThemes()).map((theme) => ({
        slug: theme.slug,
        label: resolveText(theme.label, locale).text,
      }))
    : [];
  const { visibility } = list.document;
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <PlainLink href={`/activities/${list.document.activity.slug}`}>← {activityTitle}</PlainLink>
      </p>
      <PageHeader title={`${t("title")}: ${list.document.title}`} />
      {progress.total > 0 && <ProgressBar total={progress.total} counts={progress.counts} />}
      {list.items.length === 0 ? (
        <p className="text-muted">{list.canEdit ? t("emptyEditor") : t("empty")}</p>
      ) : (
        <ol className="space-y-3">
          {list.items.map((item) => (
            <RecommendationItem
              key={item.id}
              item={item}
              actions={
                list.canEdit && (
                  <ClientMessages paths={CLIENT_MESSAGES.recommendationForms}>
                    <div className="space-y-2">
                      <StatusForm
                        recommendationId={item.id}
                        number={item.number}
                        version={item.version}
                        hosts={list.actingHosts}
                        visibility={visibility}
                        evidenceDocuments={list.evidenceDocuments}
                      />
                      <EditForm item={item} themes={themes} />
                    </div>
                  </ClientMessages>
                )
              }
            />
          ))}
        </ol>
      )}
      {list.canEdit && (
        <ClientMessages paths={CLIENT_MESSAGES.recommendationForms}>
          <Section id="add-recommendation" title={t("addTitle")} variant="card">
            <AddForm documentId={id} themes={themes} />
          </Section>
          <Section id="paste-recommendations" title={t("pasteTitle")} variant="card">
            <PasteForm documentId={id} themes={themes} language={locale} />
          </Section>
        </ClientMessages>
      )}
      <Pager
        label={t("title")}
        next={
          list.nextCursor
            ? { href: `/recommendations/${id}?after=${list.nextCursor}`, label: t("next") }
            : undefined
        }
      />
    </div>
  );
}
