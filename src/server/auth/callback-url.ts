import type { NextRequest } from "next/server";
import { sameOriginPath } from "~/lib/same-origin-path";

// next-auth keeps the return address in this cookie (with the __Secure- prefix over https).
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** The return addresses a request to next-auth carries: in its query, form body and cookie. */
async function callbackUrlsOf(request: NextRequest): Promise<string[]> {
  const values: (string | null | undefined)[] = [request.nextUrl.searchParams.get("callbackUrl")];
  values.push(...CALLBACK_COOKIES.map((name) => request.cookies.get(name)?.value));
  const contentType = request.headers.get("content-type") ?? "";
  if (request.method === "POST" && contentType.includes("application/x-www-form-urlencoded")) {
    values.push(new URLSearchParams(await request.clone().text()).get("callbackUrl"));
  } else if (request.method === "POST" && contentType.includes("application/json")) {
    const body: unknown = await request
      .clone()
      .json()
      .catch(() => null);
    const value = body && typeof body === "object" && "callbackUrl" in body ? body.callbackUrl : undefined;
    values.push(typeof value === "string" ? value : undefined);
  }
  return values.filter((value): value is string => typeof value === "string" && value !== "");
}

/**
 * True when a request to next-auth names a return address off the app's origin. next-auth throws
 * on some of them (a 500) and follows others, so they are refused before it sees them.
 */
export async function hasForeignCallbackUrl(request: NextRequest, appOrigin: string): Promise<boolean> {
  const values = await callbackUrlsOf(request);
  return values.some((value) => sameOriginPath(value, appOrigin) === null);
}

/** The 400 answer, which also drops a return address stored in the cookie. */
export function foreignCallbackUrlResponse(): Response {
  const response = Response.json({ error: "The return address is not on this site." }, { status: 400 });
  for (const name of CALLBACK_COOKIES) {
    response.headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
  }
  return response;
}
