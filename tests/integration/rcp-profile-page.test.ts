// The profile page's params are checked before any query: a malformed slug is the 404 page.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "a test secret that is long enough for next-auth";
});

// next-intl's request locale exists only in React's server environment; the slug is checked either way.
vi.mock("~/i18n/page-locale", () => ({
  pageLocale: async (params: Promise<{ locale: string }>) => (await params).locale,
}));

const page = await import("~/app/[locale]/rcps/[slug]/page");

describe("/[locale]/rcps/[slug]", () => {
  it.each(["ABC", "Colombo Process", "a\u0000b", "x".repeat(101)])("answers 404 for %j", async (slug) => {
    const params = Promise.resolve({ locale: "en", slug });
    const notFound = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };
    await expect(page.default({ params })).rejects.toMatchObject(notFound);
    await expect(page.generateMetadata({ params })).rejects.toMatchObject(notFound);
  });
});
