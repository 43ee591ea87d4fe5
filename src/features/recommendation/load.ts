import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { requestCaller } from "~/trpc/server";

/** A call whose NOT_FOUND or malformed input is the page's 404, never a 500. */
async function orNotFound<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}

/** Query values as the lists take them: a single string, or nothing. */
export const single = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

export async function loadDocumentRecommendations(documentId: string, cursor: string | undefined) {
  const caller = await requestCaller();
  return orNotFound(async () => {
    const [list, progress] = await Promise.all([
      caller.recommendation.listByDocument({ documentId, cursor }),
      caller.recommendation.progress({ documentId }),
    ]);
    return { list, progress };
  });
}

export async function loadOpenRecommendations(slug: string, cursor: string | undefined) {
  const caller = await requestCaller();
  return orNotFound(() => caller.recommendation.openByRcp({ slug, cursor }));
}

export async function loadThemeRecommendations(filter: {
  theme: string;
  status?: string;
  rcp?: string;
  cursor?: string;
}) {
  const caller = await requestCaller();
  return orNotFound(() =>
    caller.recommendation.byTheme({
      theme: filter.theme,
      // Unknown values are the page's 404 through the procedure's own validation.
      status: filter.status as Parameters<typeof caller.recommendation.byTheme>[0]["status"],
      rcp: filter.rcp,
      cursor: filter.cursor,
    }),
  );
}
