// What an uploaded file really is, read from its content: neither its name nor the browser's claim
// counts. Only the families hosts publish outcomes in are accepted.
import { fileTypeFromBuffer } from "file-type";

/** Media types stored and sent back, by the extension file-type names. */
const ACCEPTED: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
};

// Legacy Office files are Compound File Binary containers, as are installers (.msi) and other
// things: the container alone proves nothing, the main stream's name (UTF-16LE) does.
const LEGACY_OFFICE_STREAMS: [string, string][] = [
  ["WordDocument", "application/msword"],
  ["Workbook", "application/vnd.ms-excel"],
  ["Book", "application/vnd.ms-excel"],
  ["PowerPoint Document", "application/vnd.ms-powerpoint"],
];

function legacyOfficeType(content: Uint8Array): string | null {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  for (const [stream, mediaType] of LEGACY_OFFICE_STREAMS) {
    // The name as a directory entry holds it: NUL-terminated, at the start of a 128-byte entry
    // (sectors are 512 or 4096 bytes), so "Book" does not match the tail of "Workbook".
    const name = Buffer.concat([Buffer.from(stream, "utf16le"), Buffer.alloc(2)]);
    for (let at = buffer.indexOf(name); at >= 0; at = buffer.indexOf(name, at + 1)) {
      if (at % 128 === 0) return mediaType;
    }
  }
  return null;
}

/** The file's media type if it is of an accepted family, else null. */
export async function acceptedMediaType(content: Uint8Array): Promise<string | null> {
  const detected = await fileTypeFromBuffer(content);
  if (!detected) return null;
  if (detected.ext === "cfb") return legacyOfficeType(content);
  return ACCEPTED[detected.ext] ?? null;
}
