// How the focal-point export routes answer: personal data, so never stored by any cache, and
// nothing but a status for whoever may not have the file.
import { z } from "zod";
import { routing } from "~/i18n/routing";
import type { TExportRefusal } from "./exports";

export const NO_STORE = { "Cache-Control": "private, no-store" } as const;

/** A state's ISO code as the country pages' addresses carry it; anything else is a 404. */
export const ZCountryCodeParam = z.string().regex(/^[A-Z]{2}$/);

export const ZExportQuery = z
  .object({ locale: z.enum(routing.locales).default(routing.defaultLocale) })
  .strict();

const STATUS: Record<TExportRefusal | "notFound" | "badRequest", number> = {
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  badRequest: 400,
};

export const refuseExport = (reason: keyof typeof STATUS) =>
  new Response(reason, {
    status: STATUS[reason],
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
  });
