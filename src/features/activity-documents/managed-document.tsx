"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button, SubmitButton } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import type { TDocumentMetadata } from "~/domain/activity-document/schema";
import type { TVisibility } from "~/domain/activity/vocabulary";
import { useRouter } from "~/i18n/navigation";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";
import { documentDate, downloadHref, fileSize, languageName } from "./document-format";
import { MetadataFields } from "./metadata-fields";

export type TManagedDocument = TDocumentMetadata & {
  id: string;
  version: number;
  size: number;
  /** As the server sent it, for display. */
  dateValue: Date | null;
};

type TProps = { document: TManagedDocument; activityVisibility: TVisibility };

/** One document on the management page: its facts, an edit form on demand, delete behind a confirmation. */
export function ManagedDocument({ document, activityVisibility }: TProps) {
  const t = useTranslations("DocumentsManage");
  const tKind = useTranslations("DocumentsKinds");
  const tList = useTranslations("DocumentsList");
  const tErrors = useTranslations("DocumentsErrors");
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const update = useMutation(trpc.activityDocument.update.mutationOptions());
  const remove = useMutation(trpc.activityDocument.delete.mutationOptions());
  const [isEditing, setIsEditing] = useState(false);
  const [values, setValues] = useState<TDocumentMetadata>(document);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const messageOf = (error: unknown) => {
    const { code, key, fields } = decodeCallError(error);
    const fieldErrors = Object.fromEntries(
      Object.entries(fields).map(([field, fieldKey]) => [
        field.replace(/^data\./, ""),
        tErrors.has(fieldKey as "invalid")
          ? tErrors(fieldKey as "invalid", { max: 300 })
          : tErrors("invalid"),
      ]),
    );
    if (key === "documentWiderThanActivity") fieldErrors.visibility = tErrors(key);
    if (key === "documentHasRecommendations") fieldErrors.kind = tErrors(key);
    const text =
      code === "CONFLICT"
        ? tErrors("conflict")
        : code === "NOT_FOUND"
          ? tErrors("notFound")
          : tErrors("generic");
    return { fieldErrors, text };
  };

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    try {
      await update.mutateAsync({ documentId: document.id, version: document.version, data: values });
      setIsEditing(false);
      router.refresh();
    } catch (error) {
      const { fieldErrors, text } = messageOf(error);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFailure(text);
    }
  }

  async function confirmDelete() {
    setFailure(null);
    try {
      await remove.mutateAsync({ documentId: document.id, version: document.version });
      router.refresh();
      return true;
    } catch (error) {
      setFailure(messageOf(error).text);
      return false;
    }
  }

  return (
    <li className="space-y-3 rounded-card border border-line p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <a href={downloadHref(document.id)} download className="font-semibold underline">
          {document.title}
        </a>
        <p className="text-sm text-muted">
          {[
            tKind(document.kind),
            languageName(document.language, locale),
            document.dateValue ? documentDate(document.dateValue, locale) : null,
            fileSize(document.size, locale),
            tList(document.visibility),
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>
      {failure && <Alert tone="error">{failure}</Alert>}
      {isEditing ? (
        <form noValidate onSubmit={(event) => void save(event)} className="space-y-4">
          <MetadataFields
            idPrefix={`document-${document.id}`}
            values={values}
            onChange={setValues}
            errors={errors}
            activityVisibility={activityVisibility}
          />
          <div className="flex gap-3">
            <SubmitButton isPending={update.isPending} label={t("save")} pendingLabel={t("save")} />
            <Button variant="secondary" onClick={() => setIsEditing(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex gap-3">
          <Button
            variant="secondary"
            size="sm"
            onClick={() => setIsEditing(true)}
            aria-label={t("editHeading", { title: document.title })}
          >
            {t("edit")}
          </Button>
          <ConfirmButton
            label={t("deleteTitle", { title: document.title })}
            title={t("deleteTitle", { title: document.title })}
            body={t("deleteBody")}
            confirmLabel={t("delete")}
            cancelLabel={t("cancel")}
            onConfirm={confirmDelete}
            isPending={remove.isPending}
            error={failure}
            isDanger
            triggerVariant="secondary"
            triggerSize="sm"
          >
            {t("delete")}
          </ConfirmButton>
        </div>
      )}
    </li>
  );
}
