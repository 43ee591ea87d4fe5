// A next-auth session cookie as the app issues it at sign-in (options.ts, callbacks.jwt): the
// request that carries it goes through the app's own token decoding and session checks.
import { encode } from "next-auth/jwt";

// Over http, as NEXTAUTH_URL is in the tests; over https next-auth prefixes it with __Secure-.
export const SESSION_COOKIE = "next-auth.session-token";

export async function sessionCookie(
  user: { id: string; email: string; name: string | null; sessionVersion: number },
  secret: string,
): Promise<string> {
  const token = await encode({
    token: {
      sub: user.id,
      email: user.email,
      name: user.name,
      sessionVersion: user.sessionVersion,
      authTime: Date.now(),
    },
    secret,
  });
  return `${SESSION_COOKIE}=${token}`;
}
