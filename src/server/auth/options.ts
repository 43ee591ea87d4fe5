import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "~/env";
import { sameOriginPath } from "~/lib/same-origin-path";
import { db } from "~/server/db";
import { clientIp } from "~/server/http/client-ip";
import { endAllSessions } from "~/server/user/sessions";
import { appAuthLimits } from "./app-limits";
import { authorizeCredentials } from "./credentials";
import { findCurrentUser } from "./current-user";
import { findAccountForOidc, OIDC_PROVIDER_ID, oidcProvider } from "./oidc";

/** An ended session refused at refresh: an expected answer, not a fault worth a log line. */
class SessionEndedError extends Error {}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The token expires after this much inactivity; every session refresh in the browser renews it.
  // The absolute lifetime is checked on the server (session-rules.ts).
  session: { strategy: "jwt", maxAge: env.SESSION_IDLE_MINUTES * 60 },
  pages: { signIn: "/en/sign-in", error: "/en/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      // next-auth hands over the request's headers as a plain object with lower-case names.
      authorize: (raw, request) =>
        authorizeCredentials(
          { db, limits: appAuthLimits() },
          raw,
          clientIp(headerValue(request.headers, "x-forwarded-for"), env.TRUSTED_PROXY_HOPS),
        ),
    }),
    ...[oidcProvider()].filter((provider) => provider !== null),
  ],
  logger: {
    error: (code, metadata) => {
      if (metadata instanceof SessionEndedError) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  events: {
    // Signing out ends the session everywhere: a copied cookie stops working too.
    signOut: async ({ token }) => {
      if (token.sub) await endAllSessions(db, token.sub);
    },
  },
  callbacks: {
    // The same rule as the sign-in page's: a path on this origin, read as a browser reads it.
    redirect: ({ url, baseUrl }) => `${baseUrl}${sameOriginPath(url, baseUrl) ?? "/"}`,
    signIn: async ({ account, profile }) => {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      return (await findAccountForOidc(db, profile, account.access_token)) !== null;
    },
    jwt: async ({ token, user, account, profile }) => {
      if (account?.provider === OIDC_PROVIDER_ID) {
        // The token names our account, not the provider's subject.
        const match = await findAccountForOidc(db, profile, account.access_token);
        if (!match) return {};
        token.sub = match.id;
        token.name = match.name;
        token.email = match.email;
        token.sessionVersion = match.sessionVersion;
        token.authTime = Date.now();
      } else if (user) {
        token.sub = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.authTime = Date.now();
      } else if (!(await findCurrentUser(db, token, env.SESSION_MAX_HOURS))) {
        // A refused refresh makes next-auth answer /api/auth/session as signed out and clear the
        // cookie, instead of renewing a session that was ended or whose account was disabled.
        throw new SessionEndedError();
      }
      return token;
    },
    session: ({ session, token }) => {
      if (session.user) session.user.id = token.sub ?? "";
      return session;
    },
  },
};

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
}
