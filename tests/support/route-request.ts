// Calls an App Router route handler as `next start` does: inside the request scope that
// `cookies()` and `headers()` read (next-auth's route handler reads the request through them).
// (The integration project loads next-runtime.ts first, which gives them AsyncLocalStorage.)
import type { NextRequest } from "next/server";

type TRouteHandler<TParams> = (request: NextRequest, context: { params: Promise<TParams> }) => unknown;

export async function callRoute<TParams>(
  handler: TRouteHandler<TParams>,
  request: Request,
  params: TParams,
): Promise<Response> {
  const [{ workAsyncStorage }, { workUnitAsyncStorage }, { createRequestStoreForAPI }, { NextRequest }] =
    await Promise.all([
      import("next/dist/server/app-render/work-async-storage.external.js"),
      import("next/dist/server/app-render/work-unit-async-storage.external.js"),
      import("next/dist/server/async-storage/request-store.js"),
      import("next/server"),
    ]);
  const url = new URL(request.url);
  const nextRequest = new NextRequest(request);
  const requestStore = createRequestStoreForAPI(
    nextRequest,
    { pathname: url.pathname, search: url.search },
    { tags: [], expirationsByCacheKind: new Map() },
    undefined,
    undefined,
    undefined,
  );
  const workStore = { route: url.pathname, forceStatic: false, dynamicShouldError: false };
  return workAsyncStorage.run(workStore as never, () =>
    workUnitAsyncStorage.run(
      requestStore,
      async () => (await handler(nextRequest, { params: Promise.resolve(params) })) as Response,
    ),
  );
}
