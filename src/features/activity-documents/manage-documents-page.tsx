import "server-only";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "~/components/ui/page-header";
import { Section } from "~/components/ui/section";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { Link } from "~/i18n/navigation";
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import { isSlug } from "~/lib/record-id";
import type { TDocumentMetadata } from "~/domain/activity-document/schema";
import { orNotFound } from "~/features/manage/load-managed-rcp";
import { requireUser } from "~/server/auth/require-user";
import { callerFor } from "~/trpc/server";
import { ManagedDocument } from "./managed-document";
import { UploadForm } from "./upload-form";

type TProps = { locale: TLocale; rcpSlug: string; activitySlug: string };

/**
 * The documents of an activity that the process in the address hosts, for its editors (and
 * administrators). Anyone else gets the 404 of an activity that does not exist.
 */
export async function ManageDocumentsPage({ locale, rcpSlug, activitySlug }: TProps) {
  const path = `/${locale}/manage/${rcpSlug}/activities/${activitySlug}/documents`;
  const user = await requireUser(locale, path);
  if (!isSlug(rcpSlug) || !isSlug(activitySlug)) notFound();
  const caller = callerFor(user);
  const activity = await orNotFound(caller.activity.get({ slug: activitySlug }));
  if (!activity.canManage || !activity.hosts.some((host) => host.slug === rcpSlug)) notFound();
  const documents = await orNotFound(caller.activityDocument.list({ activityId: activity.id }));
  const t = await getTranslations({ locale, namespace: "DocumentsManage" });
  const tList = await getTranslations({ locale, namespace: "DocumentsList" });
  const title = resolveText(activity.title, locale).text;
  return (
    <div className="space-y-8">
      <PageHeader title={t("title", { activity: title })} intro={t("intro")}>
        <p>
          <Link href={`/manage/${rcpSlug}/activities`}>{t("back")}</Link>
        </p>
      </PageHeader>
      <ClientMessages paths={CLIENT_MESSAGES.activityDocuments}>
        <Section id="documents" title={t("documents")}>
          {documents.length === 0 ? (
            <p>{tList("empty")}</p>
          ) : (
            <ul className="space-y-4">
              {documents.map((document) => (
                <ManagedDocument
                  key={document.id}
                  activityVisibility={activity.visibility}
                  document={{
                    id: document.id,
                    version: document.version,
                    size: document.size,
                    kind: document.kind,
                    title: document.title,
                    // Stored only through the same schema, so it is one of the form's languages.
                    language: document.language as TDocumentMetadata["language"],
                    date: document.date ? document.date.toISOString().slice(0, 10) : "",
                    dateValue: document.date,
                    visibility: document.visibility,
                  }}
                />
              ))}
            </ul>
          )}
        </Section>
        <Section id="add-document" title={t("uploadHeading")}>
          <UploadForm activityId={activity.id} activityVisibility={activity.visibility} />
        </Section>
      </ClientMessages>
    </div>
  );
}
