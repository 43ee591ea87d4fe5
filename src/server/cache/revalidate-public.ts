import { revalidatePath, revalidateTag } from "next/cache";
import { PUBLIC_DATA_TAG } from "./public-data";

/**
 * Public pages are served from Next's cache. After a write that changes what they show, drop the
 * cached copies (every locale) and the data cached for pages rendered per request, so the next
 * visitor sees the change at once.
 * Outside a Next server (tests, scripts) there is no cache to drop.
 */
export function revalidatePublicPages() {
  try {
    revalidatePath("/[locale]", "layout");
    // Expired now rather than served stale once more: the writer looks at the result next.
    revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
  } catch (error) {
    if (
      !(error instanceof Error) ||
      !/static generation store missing|outside a request scope/i.test(error.message)
    )
      throw error;
  }
}
