// Calls an App Router route handler the way `next start` does for one request: inside Next's
// request scope, so `cookies()`, `headers()` and `after()` in the code it reaches work for real.
// Only the scope is built here; the handler, its context and its session checks are the app's own.
// The scope is made with Next's internal modules, as its route module does (next is pinned): after
// upgrading Next, a failure here first means these internals moved.
// First: what `next start` sets up before loading anything (AsyncLocalStorage on globalThis).
import "next/dist/server/node-environment-baseline.js";
import { NextRequest } from "next/server";
import { createRequestStoreForAPI } from "next/dist/server/async-storage/request-store.js";
import { createWorkStore } from "next/dist/server/async-storage/work-store.js";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external.js";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external.js";
import { getImplicitTags } from "next/dist/server/lib/implicit-tags.js";

type TRouteHandler = (request: NextRequest) => Response | Promise<Response>;

const PAGE = "/api/trpc/[trpc]/route";
const PREVIEW = { previewModeId: "test", previewModeEncryptionKey: "test", previewModeSigningKey: "test" };

/**
 * The handler's response, with its body read and the work it scheduled with `after()` done:
 * whatever the request changes has changed when this returns.
 */
export async function callRoute(
  handler: TRouteHandler,
  request: Request,
): Promise<{ status: number; body: string }> {
  const nextRequest = new NextRequest(request);
  const pending: Promise<unknown>[] = [];
  const closeListeners: (() => void)[] = [];
  const workStore = createWorkStore({
    page: PAGE,
    renderOpts: {
      experimental: {},
      waitUntil: (promise: Promise<unknown>) => pending.push(promise),
      onClose: (listener: () => void) => closeListeners.push(listener),
    } as never,
    buildId: "test",
    deploymentId: "",
    previouslyRevalidatedTags: [],
  });
  const requestStore = createRequestStoreForAPI(
    nextRequest,
    nextRequest.nextUrl,
    await getImplicitTags(PAGE, nextRequest.nextUrl.pathname, null),
    undefined,
    PREVIEW,
    undefined,
  );
  const response = await workAsyncStorage.run(workStore, () =>
    workUnitAsyncStorage.run(requestStore, () => handler(nextRequest)),
  );
  const body = await response.text();
  for (const listener of closeListeners) listener();
  await Promise.all(pending);
  return { status: response.status, body };
}
