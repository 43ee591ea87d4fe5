import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "~/env";
import { db } from "~/server/db";
import { endAllSessions } from "~/server/user/sessions";
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
  pages: { signIn: "/en/sign-in" },
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
  ],
  events: {
    // Signing out ends the session everywhere: a copied cookie stops working too.
    signOut: async ({ token }) => {
      if (token.sub) await endAllSessions(db, token.sub);
    },
  },
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
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
