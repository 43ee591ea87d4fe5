import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "~/env";
import { db } from "~/server/db";
import { endAllSessions } from "~/server/user/sessions";
import { findAccountForOidc, OIDC_PROVIDER_ID, oidcProvider } from "./oidc";
import { hashPassword, verifyPassword } from "./password";

const ZCredentials = z.object({
  email: z.email().max(254).toLowerCase(),
  password: z.string().min(1).max(128),
});

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const unknownUserHash = hashPassword("unknown-user-placeholder-for-equal-timing");

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
      authorize: async (raw) => {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: {
            id: true,
            email: true,
            name: true,
            passwordHash: true,
            disabledAt: true,
            sessionVersion: true,
          },
        });
        const isValid = await verifyPassword(
          user?.passwordHash ?? (await unknownUserHash),
          parsed.data.password,
        );
        if (!user || !isValid || user.disabledAt) return null;
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
    ...[oidcProvider()].filter((provider) => provider !== null),
  ],
  events: {
    // Signing out ends the session everywhere: a copied cookie stops working too.
    signOut: async ({ token }) => {
      if (token.sub) await endAllSessions(db, token.sub);
    },
  },
  callbacks: {
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
      }
      return token;
    },
    session: ({ session, token }) => {
      if (session.user) session.user.id = token.sub ?? "";
      return session;
    },
  },
};
