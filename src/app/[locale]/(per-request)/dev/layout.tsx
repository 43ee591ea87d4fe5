import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

// Developer pages are few and local: they get every message.
export default function DevLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
