import { setTimeout as sleep } from "node:timers/promises";

export type TPage = { name: string; path: string };

export type TProbe =
  | { isOk: true; html: string; bytes: number; cache: string | null }
  | { isOk: false; status: number; reason: string };

/**
 * Requests the page until Next serves it from its cache (the first request renders it), at most
 * a few times: the bench times warm pages only. A page that does not answer 200 is reported, not
 * measured.
 */
export async function warmPage(origin: string, page: TPage): Promise<TProbe> {
  let cache: string | null = null;
  let html = "";
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await fetch(`${origin}${page.path}`, {
      redirect: "manual",
      signal: AbortSignal.timeout(60_000),
    });
    html = await response.text();
    if (response.status !== 200) return { isOk: false, status: response.status, reason: why(response) };
    cache = response.headers.get("x-nextjs-cache");
    if (cache === "HIT") break;
    await sleep(200);
  }
  return { isOk: true, html, bytes: Buffer.byteLength(html), cache };
}

function why(response: Response) {
  if (response.status === 404) return "not found (404): not on this branch yet";
  const location = response.headers.get("location");
  return location ? `redirects (${response.status}) to ${location}` : `answered ${response.status}`;
}
