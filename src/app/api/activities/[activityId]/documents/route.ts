import { uploadToActivity } from "~/server/activity-document/app-documents";
import { localeOf, uploadErrorMessage } from "~/server/activity-document/messages";
import { getSession } from "~/server/auth/session";
import { appOrigin } from "~/server/http/app-origin";
import { isSameOrigin } from "~/server/http/same-origin";
import { RECORD_ID_PATTERN } from "~/lib/record-id";

type TContext = { params: Promise<{ activityId: string }> };

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * Adds a document to an activity: a multipart form (tRPC carries no files) with the file and its
 * description. Answers 201 with the document's id, or a message in `?locale=`'s language and one
 * per field, as the form shows them.
 */
export async function POST(request: Request, { params }: TContext) {
  const locale = localeOf(new URL(request.url).searchParams.get("locale"));
  const refuse = (status: number, key: Parameters<typeof uploadErrorMessage>[1], fields = {}) =>
    Response.json(
      {
        message: uploadErrorMessage(locale, key),
        fieldErrors: Object.fromEntries(
          Object.entries(fields).map(([field, fieldKey]) => [
            field,
            uploadErrorMessage(locale, fieldKey as typeof key),
          ]),
        ),
      },
      { status, headers: NO_STORE },
    );
  // A browser on another site must not be able to post files with our cookies.
  if (!isSameOrigin(request, appOrigin())) return refuse(403, "crossSite");
  const { activityId } = await params;
  if (!RECORD_ID_PATTERN.test(activityId)) return refuse(404, "notFound");
  try {
    const session = await getSession();
    const result = await uploadToActivity(request, session?.access ?? null, activityId);
    if (!result.ok) return refuse(result.status, result.key, result.fieldErrors);
    return Response.json({ id: result.id }, { status: 201, headers: NO_STORE });
  } catch (error) {
    console.error("Document upload failed", error);
    return refuse(500, "generic");
  }
}
