// An upload from the documents page: who may, what the file really is, and then storage and the
// record. Each refusal names its field, so the form shows it there; nothing is kept on a refusal.
import { createHash } from "node:crypto";
import { ZDocumentMetadata } from "~/domain/activity-document/schema";
import { DOCUMENT_LIMITS, isWithin } from "~/domain/activity-document/vocabulary";
import { findActivityAudience } from "~/server/activity/audience";
import { canManageActivity, canSeeActivity } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";
import { wakeTextExtraction } from "~/server/jobs/wake";
import { DomainError } from "~/server/errors";
import { newStorageKey, type TFileStorage } from "~/server/storage/storage";
import type { TAccess } from "~/server/user/access";
import { acceptedMediaType } from "./file-kind";
import { recordDocument } from "./mutations";
import { readUploadForm } from "./read-upload";

export type TUploadErrorKey =
  | "tooLarge"
  | "refusedType"
  | "noFile"
  | "emptyFile"
  | "malformed"
  | "documentWiderThanActivity"
  | "titleRequired"
  | "tooLong"
  | "date"
  | "invalid"
  | "invalidCharacters"
  | "signedOut"
  | "forbidden"
  | "notFound"
  | "conflict";

export type TUploadResult =
  | { ok: true; id: string }
  | { ok: false; status: number; key: TUploadErrorKey; fieldErrors: Record<string, TUploadErrorKey> };

const refuse = (status: number, key: TUploadErrorKey, field?: string): TUploadResult => ({
  ok: false,
  status,
  key,
  fieldErrors: field ? { [field]: key } : {},
});

const METADATA_FIELDS = ["kind", "title", "language", "date", "visibility"] as const;

type TUpload = { db: TDb; storage: TFileStorage; access: TAccess | null; activityId: string };

export async function uploadDocument(request: Request, upload: TUpload): Promise<TUploadResult> {
  const { db, storage, access, activityId } = upload;
  if (!access) return refuse(401, "signedOut");
  const audience = await findActivityAudience(db, activityId);
  if (!audience || !canSeeActivity(access, audience)) return refuse(404, "notFound");
  if (!canManageActivity(access, audience)) return refuse(403, "forbidden");

  const read = await readUploadForm(request);
  if ("refusal" in read) return refuse(read.refusal === "tooLarge" ? 413 : 400, read.refusal, "file");
  const { form } = read;

  const metadata = ZDocumentMetadata.safeParse(
    Object.fromEntries(METADATA_FIELDS.map((field) => [field, form.get(field) ?? ""])),
  );
  if (!metadata.success) {
    const fieldErrors: Record<string, TUploadErrorKey> = {};
    for (const issue of metadata.error.issues) {
      const field = String(issue.path[0] ?? "_");
      fieldErrors[field] ??= issueKey(issue);
    }
    return { ok: false, status: 400, key: Object.values(fieldErrors)[0] ?? "invalid", fieldErrors };
  }
  if (!isWithin(metadata.data.visibility, audience.visibility)) {
    return refuse(400, "documentWiderThanActivity", "visibility");
  }

  const file = form.get("file");
  if (!(file instanceof File)) return refuse(400, "noFile", "file");
  if (file.size === 0) return refuse(400, "emptyFile", "file");
  if (file.size > DOCUMENT_LIMITS.fileBytes) return refuse(413, "tooLarge", "file");
  const content = new Uint8Array(await file.arrayBuffer());
  const mediaType = await acceptedMediaType(content);
  if (!mediaType) return refuse(415, "refusedType", "file");

  const storageKey = newStorageKey("activity-documents");
  await storage.put(storageKey, content, mediaType);
  try {
    const document = await recordDocument(db, storage, {
      activityId,
      metadata: metadata.data,
      actorId: access.userId,
      file: {
        storageKey,
        originalName: originalName(file.name),
        mediaType,
        size: content.byteLength,
        sha256: createHash("sha256").update(content).digest("hex"),
      },
    });
    // The file's text is due for the search (recorded by the same transaction): extract it now.
    void wakeTextExtraction();
    return { ok: true, id: document.id };
  } catch (error) {
    if (error instanceof DomainError && error.message === "documentWiderThanActivity") {
      return refuse(400, "documentWiderThanActivity", "visibility");
    }
    if (error instanceof DomainError && error.code === "NOT_FOUND") return refuse(404, "notFound");
    throw error;
  }
}

/** Kept only for the download's file name: one line, no path, bounded. */
function originalName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/\p{Cc}/gu, "")
    .normalize("NFC")
    .trim();
  return clean.slice(0, DOCUMENT_LIMITS.originalName) || "document";
}

function issueKey(issue: { code: string; message: string; params?: unknown }): TUploadErrorKey {
  const key = (issue.params as { key?: string } | undefined)?.key ?? issue.message;
  if (key === "titleRequired" || key === "date" || key === "invalidCharacters") return key;
  if (issue.code === "too_big") return "tooLong";
  return "invalid";
}
