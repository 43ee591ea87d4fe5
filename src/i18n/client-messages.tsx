import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { TClientMessagePath } from "./client-message-paths";
import { pickMessages, type TMessageTree } from "./pick-messages";

/**
 * Hands client components the messages they use and no others: every page carries its client
 * messages in its payload, so sending all of them would make each page several times heavier.
 */
export async function ClientMessages({
  paths,
  children,
}: {
  paths: readonly TClientMessagePath[];
  children: ReactNode;
}) {
  const all = (await getMessages()) as TMessageTree;
  return <NextIntlClientProvider messages={pickMessages(all, paths)}>{children}</NextIntlClientProvider>;
}
