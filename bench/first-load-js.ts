import { gzipSync } from "node:zlib";

/**
 * The external scripts a page's HTML loads, in order, without duplicates. `noModule` scripts
 * (Next's polyfills for browsers without modules) are skipped: current browsers never fetch them.
 */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*>/g)].flatMap(([tag]) => {
    const source = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    return source && !/\bnomodule\b/i.test(tag) ? [source.replaceAll("&amp;", "&")] : [];
  });
  return [...new Set(sources)];
}

export type TFirstLoadJs = { scripts: number; rawBytes: number; gzipBytes: number };

/**
 * The JavaScript a first visit downloads, as compressed on the wire: each script the HTML
 * references, gzipped at the default level as `next start` serves it. Deterministic for a build,
 * unlike timings.
 */
export async function firstLoadJs(origin: string, html: string): Promise<TFirstLoadJs> {
  let rawBytes = 0;
  let gzipBytes = 0;
  const sources = scriptSources(html);
  for (const source of sources) {
    const response = await fetch(new URL(source, origin), { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  return { scripts: sources.length, rawBytes, gzipBytes };
}
