import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale negotiation only. Authorization is decided in the tRPC procedures and server pages,
// never here.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
