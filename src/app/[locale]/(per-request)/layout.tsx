import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "~/trpc/react";

// Pages here are rendered for each request: they depend on the visitor, and their scripts carry
// the request's CSP nonce (see src/server/http/content-security-policy.ts). Never cached.
export const dynamic = "force-dynamic";

// Their forms use many namespaces; being uncached and signed-in, they get every message. Only
// these pages talk to tRPC from the browser, so public pages do not carry its client.
export default function PerRequestLayout({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </NextIntlClientProvider>
  );
}
