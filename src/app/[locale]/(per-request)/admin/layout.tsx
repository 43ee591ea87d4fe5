import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

// Administration pages hold many forms: they get every message, as they are few and signed-in.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
