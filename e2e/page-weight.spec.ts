import type { APIRequestContext } from "@playwright/test";
import { scriptSources } from "../bench/first-load-js";
import { expect, test } from "./fixtures";

// Error messages that survive minification, one per client library that public pages must not load.
const MARKERS = {
  "react-query": "No QueryClient set",
  "tRPC client": "TRPCClientError",
  "next-auth client": "CLIENT_FETCH_ERROR",
  // intl-messageformat, next-intl's client formatter.
  "message formatter": "A message must be provided as a String or AST.",
} as const;

type TLibrary = keyof typeof MARKERS;

async function librariesLoadedBy(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const found = new Set<TLibrary>();
  for (const source of scriptSources(html)) {
    const script = await (await request.get(source)).text();
    for (const [library, marker] of Object.entries(MARKERS) as [TLibrary, string][]) {
      if (script.includes(marker)) found.add(library);
    }
  }
  return [...found].sort();
}

test.describe("page weight", () => {
  // The header, footer, error and not-found pages get their words from the server, and the
  // directory its formatted labels: no message formatter on these pages.
  for (const path of [
    "/en",
    "/fr/about",
    "/en/rcps",
    "/es/rcps/budapest-process",
    "/fr/countries/TH",
    "/en/activities/bali-budapest-joint-workshop-perth-2004",
  ]) {
    test(`public page ${path} loads no tRPC, react-query, session client or message formatter`, async ({
      request,
    }) => {
      expect(await librariesLoadedBy(request, path)).toEqual([]);
    });
  }

  test("the overlap explorer loads no tRPC, react-query or session client", async ({ request }) => {
    // It still formats its messages in the browser.
    expect(await librariesLoadedBy(request, "/es/overlap")).toEqual(["message formatter"]);
  });

  test("the forms that need them still load them", async ({ request }) => {
    // Proves the markers above are present in the libraries' builds, so the checks can fail.
    expect(await librariesLoadedBy(request, "/en/sign-in")).toEqual(
      expect.arrayContaining(["next-auth client", "message formatter"]),
    );
    expect(await librariesLoadedBy(request, "/en/forgot-password")).toEqual(
      expect.arrayContaining(["react-query", "tRPC client"]),
    );
  });

  test("a page rendered per request carries its form's messages, not every message", async ({ request }) => {
    const html = await (await request.get("/en/sign-in")).text();
    // The form's own error message, which it shows without asking the server.
    expect(html).toContain("Enter your email address and password.");
    expect(html).not.toContain("Every change made on the platform, newest first.");
  });
});
