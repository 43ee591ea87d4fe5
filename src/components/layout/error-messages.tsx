"use client";

import { createContext, useContext, type ReactNode } from "react";

export type TErrorMessages = { title: string; body: string; retry: string };

const ErrorMessagesContext = createContext<TErrorMessages | null>(null);

/**
 * The error page's words, translated on the server by the layout: the error boundary is a client
 * component on every page, and next-intl's client runtime would weigh more than the page it shows.
 * The layout's own context, not a fetch when the error happens: it must work when nothing else does.
 */
export function ErrorMessagesProvider({
  messages,
  children,
}: {
  messages: TErrorMessages;
  children: ReactNode;
}) {
  return <ErrorMessagesContext value={messages}>{children}</ErrorMessagesContext>;
}

export function useErrorMessages(): TErrorMessages {
  const messages = useContext(ErrorMessagesContext);
  if (!messages) throw new Error("useErrorMessages is used outside ErrorMessagesProvider");
  return messages;
}
