import { after } from "next/server";

/**
 * Runs work once the response has been sent, so how long it takes (a mail server, a lookup that
 * only happens for existing accounts) tells the caller nothing. Outside a Next request (tests,
 * scripts) it simply runs now.
 */
export async function afterResponse(task: () => Promise<void>): Promise<void> {
  const guarded = () =>
    task().catch((error: unknown) => {
      console.error("Work after the response failed", error);
    });
  try {
    after(guarded);
    return;
  } catch (error) {
    if (!(error instanceof Error) || !/outside a request scope/i.test(error.message)) throw error;
  }
  await guarded();
}
