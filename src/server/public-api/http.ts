// How every /api/v1 answer goes out: JSON or an RFC 9457 problem, readable from any site (the
// data is public and no answer depends on who asks), cacheable for a minute when it succeeded.
import { unstable_cache } from "next/cache";
import type { z } from "zod";
import type { TProblem } from "~/domain/public-api/common";
import { parseQuery } from "~/domain/public-api/query";
import { PUBLIC_DATA_TAG } from "~/server/cache/public-data";

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Max-Age": "86400",
} as const;

/** Short, so that a change reaches clients and shared caches within a minute. */
export const API_CACHE_CONTROL = "public, max-age=60";

const PROBLEMS = {
  400: { slug: "invalid-parameter", title: "Invalid parameter" },
  404: { slug: "not-found", title: "Not found" },
  500: { slug: "internal-error", title: "Internal error" },
} as const;

export function apiJson<T>(schema: z.ZodType<T>, body: T): Response {
  // Parsed on the way out: the answer holds exactly what the document describes, nothing more.
  return Response.json(schema.parse(body), {
    headers: { ...CORS, "Cache-Control": API_CACHE_CONTROL },
  });
}

export function apiProblem(
  status: keyof typeof PROBLEMS,
  detail: string,
  parameter?: string | null,
): Response {
  const { slug, title } = PROBLEMS[status];
  const problem: TProblem = {
    type: `/en/api-docs#problem-${slug}`,
    title,
    status,
    detail,
    ...(parameter ? { parameter } : {}),
  };
  return new Response(JSON.stringify(problem), {
    status,
    headers: {
      ...CORS,
      "Content-Type": "application/problem+json",
      // A 404 may turn into an answer as soon as something is published: not kept.
      "Cache-Control": "no-store",
    },
  });
}

export const notFoundProblem = (what: string) => apiProblem(404, `No public ${what} has this address.`);

/** The answer to a CORS preflight: only reads are offered. */
export function apiPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...CORS, "Access-Control-Allow-Headers": "Accept, If-None-Match" },
  });
}

/** The query, validated; or the 400 problem naming the parameter. */
export function readQuery<T>(
  request: Request,
  schema: Parameters<typeof parseQuery<T>>[1],
): { data: T; refusal: null } | { data: null; refusal: Response } {
  const result = parseQuery(new URL(request.url).searchParams, schema);
  return result.ok
    ? { data: result.data, refusal: null }
    : { data: null, refusal: apiProblem(400, result.detail, result.parameter) };
}

/**
 * A read kept in Next's data cache until public data changes (revalidatePublicPages drops the tag
 * after every write), keyed by what the answer depends on.
 */
export function cachedRead<TArgs extends unknown[], TResult>(
  name: string,
  read: (...args: TArgs) => Promise<TResult>,
): (...args: TArgs) => Promise<TResult> {
  return unstable_cache(read, ["api-v1", name], { tags: [PUBLIC_DATA_TAG], revalidate: 300 });
}

/** Whatever goes wrong inside, the client gets a problem, never a stack trace or SQL. */
export async function answer(respond: () => Promise<Response>): Promise<Response> {
  try {
    return await respond();
  } catch (error) {
    console.error("api/v1", error);
    return apiProblem(500, "The server could not answer; try again later.");
  }
}
