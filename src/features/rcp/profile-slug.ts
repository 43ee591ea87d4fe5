import { notFound } from "next/navigation";
import { isSlug } from "~/lib/record-id";

/**
 * The slug of a profile page, or its 404 before any query: a malformed slug (upper case,
 * spaces, a NUL) is an unknown page, not a bad request that fails the render with a 500.
 */
export async function profileSlug(params: Promise<{ slug: string }>): Promise<string> {
  const { slug } = await params;
  if (!isSlug(slug)) notFound();
  return slug;
}
