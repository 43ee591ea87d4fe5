"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { SubmitButton } from "~/components/ui/button";
import { controlProps, Field, inputClass } from "~/components/ui/form-field";
import type { TDocumentMetadata } from "~/domain/activity-document/schema";
import { DOCUMENT_LIMITS } from "~/domain/activity-document/vocabulary";
import type { TVisibility } from "~/domain/activity/vocabulary";
import { useRouter } from "~/i18n/navigation";
import { MetadataFields } from "./metadata-fields";
import { sendUpload } from "./upload-request";

const MAX_MB = DOCUMENT_LIMITS.fileBytes / 1024 / 1024;

type TProps = { activityId: string; activityVisibility: TVisibility };

/** Adds a document: the file and its description in one multipart request, with its progress shown. */
export function UploadForm({ activityId, activityVisibility }: TProps) {
  const t = useTranslations("DocumentsManage");
  const tErrors = useTranslations("DocumentsErrors");
  const locale = useLocale();
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const empty: TDocumentMetadata = {
    kind: "REPORT",
    title: "",
    language: locale,
    date: "",
    visibility: activityVisibility,
  };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const file = fileInput.current?.files?.[0];
    // Refused here too, so a file too large is not sent for minutes only to be refused.
    if (!file) return setErrors({ file: tErrors("noFile") });
    if (file.size > DOCUMENT_LIMITS.fileBytes)
      return setErrors({ file: tErrors("tooLarge", { max: MAX_MB }) });
    const form = new FormData();
    for (const [name, value] of Object.entries(values)) form.set(name, value);
    form.set("file", file);
    setErrors({});
    setProgress(0);
    const answer = await sendUpload(
      `/api/activities/${activityId}/documents?locale=${locale}`,
      form,
      setProgress,
      tErrors("generic"),
    );
    setProgress(null);
    if (answer.ok) {
      setMessage({ tone: "success", text: t("uploaded", { title: values.title }) });
      setValues(empty);
      if (fileInput.current) fileInput.current.value = "";
      router.refresh();
    } else {
      setErrors(answer.fieldErrors);
      if (Object.keys(answer.fieldErrors).length === 0) setMessage({ tone: "error", text: answer.message });
    }
  }

  const fileHelp = t("fileHint", { max: MAX_MB });
  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="space-y-4"
      aria-busy={progress !== null}
    >
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field id="document-file" label={t("file")} help={fileHelp} isHelpFirst error={errors.file}>
        <input
          ref={fileInput}
          type="file"
          name="file"
          accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp,.gif"
          className={inputClass}
          {...controlProps("document-file", { help: fileHelp, error: errors.file })}
        />
      </Field>
      <MetadataFields
        idPrefix="document-new"
        values={values}
        onChange={setValues}
        errors={errors}
        activityVisibility={activityVisibility}
      />
      {progress !== null && (
        <div className="space-y-1">
          <progress max={100} value={progress} aria-labelledby="upload-progress-label" className="w-full" />
          <p id="upload-progress-label" role="status">
            {t("uploading", { percent: progress })}
          </p>
        </div>
      )}
      <SubmitButton isPending={progress !== null} label={t("upload")} pendingLabel={t("upload")} />
    </form>
  );
}
