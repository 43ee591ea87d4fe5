import { env } from "~/env";

/**
 * The origin the app is served on: NEXTAUTH_URL's (required in production), else the local
 * server's. Requests and return addresses are judged against it, never against the Host or
 * X-Forwarded-Host headers a client chooses.
 */
export function appOrigin(): string {
  return new URL(env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).origin;
}
