import type { ReactNode } from "react";
import { TRPCReactProvider } from "~/trpc/react";

// Pages here are rendered for each request: they depend on the visitor, and their scripts carry
// the request's CSP nonce (see src/server/http/content-security-policy.ts). Never cached.
export const dynamic = "force-dynamic";

// Only these pages talk to tRPC from the browser, so public pages do not carry its client. Each
// page hands its forms their messages itself (ClientMessages): sending every message here would
// weigh on every request.
export default function PerRequestLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
