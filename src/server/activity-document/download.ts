import type { TDb } from "~/server/db-client";
import type { TFileStorage } from "~/server/storage/storage";
import type { TAccess } from "~/server/user/access";
import { findDownloadableDocument } from "./read";

/** RFC 6266 / 8187: the name as UTF-8, percent-encoded, so no character can break the header. */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * A document's file, for whoever may see it now (checked on every request, nothing cached for
 * non-public documents); null — the same 404 — for a missing or hidden one.
 */
export async function downloadDocument(db: TDb, storage: TFileStorage, access: TAccess | null, id: string) {
  const document = await findDownloadableDocument(db, access, id);
  if (!document) return null;
  const stored = await storage.get(document.storageKey);
  if (!stored) {
    console.error(`The stored file of document ${id} is missing`);
    return null;
  }
  return new Response(stored.body, {
    headers: {
      "Content-Type": document.mediaType,
      "Content-Length": String(stored.size || document.size),
      "Content-Disposition": contentDisposition(document.originalName),
      "X-Content-Type-Options": "nosniff",
      // A file served from our origin must not run as a page even if a browser tried.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": document.isPublic ? "public, max-age=0, must-revalidate" : "private, no-store",
    },
  });
}
