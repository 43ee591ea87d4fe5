import { revalidatePath } from "next/cache";

/**
 * Public pages are served from Next's cache. After a write that changes what they show, drop the
 * cached copies (every locale) so the next visitor sees the change at once.
 * Outside a Next server (tests, scripts) there is no cache to drop.
 */
export function revalidatePublicPages() {
  try {
    revalidatePath("/[locale]", "layout");
  } catch (error) {
    if (
      !(error instanceof Error) ||
      !/static generation store missing|outside a request scope/i.test(error.message)
    )
      throw error;
  }
}
