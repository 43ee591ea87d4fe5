// Calls /api/v1 through its real route handlers, as `next start` routes an address to them.
import { callRoute } from "./route-request";

type THandler = (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>;

const routes = async (): Promise<[RegExp, THandler][]> => [
  [/^\/api\/v1\/rcps$/, (await import("~/app/api/v1/rcps/route")).GET],
  [/^\/api\/v1\/rcps\/([^/]+)$/, (await import("~/app/api/v1/rcps/[slug]/route")).GET],
  [/^\/api\/v1\/activities$/, (await import("~/app/api/v1/activities/route")).GET],
  [/^\/api\/v1\/activities\/([^/]+)$/, (await import("~/app/api/v1/activities/[slug]/route")).GET],
  [/^\/api\/v1\/openapi\.json$/, (await import("~/app/api/v1/openapi.json/route")).GET],
  [/^\/api\/v1\/.+$/, (await import("~/app/api/v1/[...rest]/route")).GET],
];

export const API_ORIGIN = "http://localhost:3000";

/** GET an address under /api/v1 (path and query as a client writes them), with optional headers. */
export async function apiGet(pathAndQuery: string, headers: Record<string, string> = {}) {
  const url = new URL(pathAndQuery, API_ORIGIN);
  for (const [pattern, handler] of await routes()) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    const slug = match[1] === undefined ? "" : decodeURIComponent(match[1]);
    const response = await callRoute(handler, new Request(url, { headers }), { slug });
    const text = await response.text();
    return { response, text, body: JSON.parse(text) as unknown };
  }
  throw new Error(`No route for ${url.pathname}`);
}
