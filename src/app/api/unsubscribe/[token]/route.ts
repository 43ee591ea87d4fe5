import { createTranslator } from "next-intl";
import { messages } from "~/i18n/messages";
import { toLocale } from "~/i18n/routing";
import { unsubscribeByLink } from "~/server/peer-mail/app-unsubscribe";

type TContext = { params: Promise<{ token: string }> };

const NO_STORE = { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };

const pageOf = (locale: string, token: string) => `/${locale}/unsubscribe/${encodeURIComponent(token)}`;

/** Opening the address changes nothing (mail scanners fetch links): it leads to the confirm page. */
export async function GET(request: Request, { params }: TContext) {
  const { token } = await params;
  const locale = toLocale(new URL(request.url).searchParams.get("locale"));
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: pageOf(locale, token) } });
}

/**
 * The one-click unsubscribe of RFC 8058 (`List-Unsubscribe=One-Click`, sent by mail clients without
 * any sign-in), and the confirm button of the page, which is then shown again with the outcome.
 * A forged, altered or expired token changes nothing and is refused in the reader's language.
 */
export async function POST(request: Request, { params }: TContext) {
  const { token } = await params;
  const locale = toLocale(new URL(request.url).searchParams.get("locale"));
  const body = await request.text().catch(() => "");
  const isOneClick = new URLSearchParams(body.slice(0, 1000)).get("List-Unsubscribe") === "One-Click";
  const result = await unsubscribeByLink(token);
  if (!isOneClick) {
    return new Response(null, { status: 303, headers: { ...NO_STORE, Location: pageOf(locale, token) } });
  }
  const t = createTranslator({ locale, messages: messages[locale], namespace: "Unsubscribe" });
  const isDone = result.status === "valid";
  return new Response(isDone ? t("apiDone") : t("apiInvalid"), {
    status: isDone ? 200 : 400,
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale },
  });
}
