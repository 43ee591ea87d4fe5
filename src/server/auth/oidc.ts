import type { Provider } from "next-auth/providers/index";
import { env } from "~/env";
import type { TDb } from "~/server/db-client";

export const OIDC_PROVIDER_ID = "oidc";

type TOidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string };

/** Sign-in with the organisation's OpenID Connect provider, when OIDC_* are set. */
export function oidcProvider(): Provider | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile: (profile: TOidcProfile) => ({
      id: profile.sub,
      email: profile.email ?? null,
      name: profile.name ?? null,
    }),
  } as Provider;
}

let userinfoEndpoint: Promise<string | null> | undefined;

async function discoverUserinfoEndpoint(issuer: string): Promise<string | null> {
  try {
    const response = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`);
    return ((await response.json()) as { userinfo_endpoint?: string }).userinfo_endpoint ?? null;
  } catch {
    userinfoEndpoint = undefined; // try again at the next sign-in
    return null;
  }
}

/** The ID token's claims, completed from the userinfo endpoint when it leaves out the email. */
async function claimsOf(profile: unknown, accessToken: string | undefined): Promise<TOidcProfile> {
  const claims = (profile ?? {}) as TOidcProfile;
  if ((claims.email && claims.email_verified !== undefined) || !accessToken || !env.OIDC_ISSUER)
    return claims;
  userinfoEndpoint ??= discoverUserinfoEndpoint(env.OIDC_ISSUER);
  const endpoint = await userinfoEndpoint;
  if (!endpoint) return claims;
  const response = await fetch(endpoint, { headers: { Authorization: `Bearer ${accessToken}` } });
  if (!response.ok) return claims;
  const userinfo = (await response.json()) as TOidcProfile;
  // The userinfo response must be about the same person as the ID token.
  return userinfo.sub === claims.sub ? { ...claims, ...userinfo } : claims;
}

/**
 * There is no self-registration: a person signing in through the provider must already have an
 * active account here, matched by an email address the provider has verified.
 */
export async function findAccountForOidc(db: TDb, profile: unknown, accessToken: string | undefined) {
  const { email, email_verified: isVerified } = await claimsOf(profile, accessToken);
  if (!email || isVerified !== true) return null;
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, sessionVersion: true, disabledAt: true },
  });
  return user && !user.disabledAt ? user : null;
}
