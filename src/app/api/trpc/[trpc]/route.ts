import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createTRPCContext } from "~/server/api/context";
import { appRouter } from "~/server/api/root";
import { appOrigin } from "~/server/http/app-origin";
import { isSameOrigin } from "~/server/http/same-origin";

function handler(request: Request) {
  // Mutations arrive as POST: a browser on another site must not be able to send them with our cookies.
  if (request.method === "POST" && !isSameOrigin(request, appOrigin())) {
    return Response.json({ error: "Cross-site request refused" }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: createTRPCContext,
  });
}

export { handler as GET, handler as POST };
