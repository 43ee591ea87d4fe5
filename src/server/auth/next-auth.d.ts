import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id: string; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    /** When the user signed in (ms since epoch), for the absolute session lifetime. */
    authTime?: number;
  }
}
