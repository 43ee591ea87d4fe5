// The words inside an uploaded PDF or Word file, for the search. Files come from hosts but are
// still untrusted: the work is bounded in input size, output size and time.
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";

export const EXTRACTION_LIMITS = {
  /** Larger files are refused by the upload; this only guards a file stored some other way. */
  fileBytes: 25 * 1024 * 1024,
  /** Enough for a long report; the search indexes at most this much of a document. */
  textChars: 500_000,
  timeMs: 30_000,
} as const;

export const EXTRACTABLE_MEDIA_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export class ExtractionError extends Error {}

/** Plain text of the file, or ExtractionError when the file cannot be read as its type. */
export async function extractFileText(content: Uint8Array, mediaType: string): Promise<string> {
  if (content.byteLength > EXTRACTION_LIMITS.fileBytes) throw new ExtractionError("file too large");
  const text = await withinTime(readText(content, mediaType), EXTRACTION_LIMITS.timeMs);
  return cleanText(text).slice(0, EXTRACTION_LIMITS.textChars);
}

async function readText(content: Uint8Array, mediaType: string): Promise<string> {
  try {
    if (mediaType === EXTRACTABLE_MEDIA_TYPES.pdf) {
      const pdf = await getDocumentProxy(new Uint8Array(content));
      try {
        const { text } = await extractText(pdf, { mergePages: true });
        return text;
      } finally {
        await pdf.destroy();
      }
    }
    if (mediaType === EXTRACTABLE_MEDIA_TYPES.docx) {
      return (await mammoth.extractRawText({ buffer: Buffer.from(content) })).value;
    }
  } catch (error) {
    throw new ExtractionError(error instanceof Error ? error.message : "unreadable file");
  }
  throw new ExtractionError(`no text extraction for ${mediaType}`);
}

async function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExtractionError(`took more than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Control characters and lone surrogates out (PostgreSQL refuses NUL, and the search's highlight
 * marks are control characters that must come only from the database), runs of space made one.
 */
export function cleanText(text: string): string {
  return text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, " ")
    .replace(/(?![\n])\p{Cc}/gu, " ")
    .replace(/[ \u00a0]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}
