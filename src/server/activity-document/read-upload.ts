// Reading an upload's multipart body without ever holding more than the limit: the declared
// length is checked first, and the bytes are counted as they arrive, for bodies that lie or do not say.
import { DOCUMENT_LIMITS } from "~/domain/activity-document/vocabulary";

export const MAX_UPLOAD_BODY = DOCUMENT_LIMITS.fileBytes + DOCUMENT_LIMITS.formOverheadBytes;

class BodyTooLarge extends Error {}

export type TReadForm = { form: FormData } | { refusal: "tooLarge" | "malformed" };

export async function readUploadForm(request: Request, limit = MAX_UPLOAD_BODY): Promise<TReadForm> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType)) return { refusal: "malformed" };
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return { refusal: "tooLarge" };
  if (!request.body) return { refusal: "malformed" };
  let received = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) controller.error(new BodyTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    const form = await new Response(counted, { headers: { "content-type": contentType } }).formData();
    return { form };
  } catch {
    return { refusal: received > limit ? "tooLarge" : "malformed" };
  }
}
