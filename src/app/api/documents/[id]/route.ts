import { downloadForReader } from "~/server/activity-document/app-documents";
import { getSession } from "~/server/auth/session";
import { RECORD_ID_PATTERN } from "~/lib/record-id";

type TContext = { params: Promise<{ id: string }> };

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });

/** A document's file; access is checked on every request against the reader's session. */
export async function GET(_request: Request, { params }: TContext) {
  const { id } = await params;
  if (!RECORD_ID_PATTERN.test(id)) return notFound();
  const session = await getSession();
  const response = await downloadForReader(session?.access ?? null, id);
  return response ?? notFound();
}
