import { createEnv } from "@t3-oss/env-nextjs";
import { describeIssues, serverSchema } from "./env-schema";

// `next build` loads server modules without a database or secrets; everything is checked when
// the server starts (src/instrumentation.ts) and again on first use.
const isBuild = process.env.NEXT_PHASE === "phase-production-build";

const created = createEnv({
  server: serverSchema,
  client: {},
  experimental__runtimeEnv: {},
  skipValidation: isBuild,
  emptyStringAsUndefined: true,
  onValidationError: (issues) => {
    const line = `Invalid environment: ${describeIssues(issues)}. See .env.example.`;
    console.error(line);
    throw new Error(line);
  },
});

const oidc = [created.OIDC_ISSUER, created.OIDC_CLIENT_ID, created.OIDC_CLIENT_SECRET];
if (!isBuild && oidc.some(Boolean) && !oidc.every(Boolean)) {
  fail("OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together");
}
if (!isBuild && created.NODE_ENV === "production" && !created.SMTP_URL && !created.DEV_OUTBOX) {
  fail("SMTP_URL is required in production (invitations and password resets are sent by email)");
}
if (!isBuild && created.NODE_ENV === "production" && !created.NEXTAUTH_URL) {
  fail("NEXTAUTH_URL is required in production (links in invitation and password-reset emails)");
}

const s3 = [created.S3_ENDPOINT, created.S3_BUCKET, created.S3_ACCESS_KEY_ID, created.S3_SECRET_ACCESS_KEY];
if (!isBuild && created.DOCUMENT_STORAGE === "s3" && !s3.every(Boolean)) {
  fail("DOCUMENT_STORAGE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
}

// Next's server cannot tell a proxy's X-Forwarded-For from one the client wrote (it adds the
// socket's address only when the header is missing), so production says whether a proxy is there.
if (!isBuild && created.NODE_ENV === "production" && !process.env.TRUSTED_PROXY_HOPS) {
  fail(
    "TRUSTED_PROXY_HOPS must be set in production: the number of reverse proxies in front of the app, 0 for none",
  );
}

function fail(problem: string): never {
  const line = `Invalid environment: ${problem}. See .env.example.`;
  console.error(line);
  throw new Error(line);
}

export const env = created;
