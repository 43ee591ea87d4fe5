import { z } from "zod";

const postgresUrl = z
  .url({ message: "must be a postgresql:// connection URL" })
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must be a postgresql:// connection URL");

const flag = z
  .enum(["true", "false", "1", "0"], { message: 'must be "true" or "false"' })
  .transform((value) => value === "true" || value === "1");

const port = z.coerce
  .number({ message: "must be a port number" })
  .int("must be a port number")
  .min(1, "must be a port number")
  .max(65535, "must be a port number");

/** Variables read by the start-up script before the app runs (see scripts/run-with-db.ts). */
export const bootstrapSchema = {
  DATABASE_URL: postgresUrl.optional(),
  PORT: port.default(3000),
  EMBEDDED_DB_DIR: z.string().min(1).default(".data/postgres"),
  EMBEDDED_DB_PORT: port.default(5433),
  EMBEDDED_DB_EPHEMERAL: flag.default(false),
};

/** Variables the running app needs. */
export const serverSchema = {
  DATABASE_URL: postgresUrl,
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
  NEXTAUTH_URL: z.url({ message: "must be the public URL of the app" }).optional(),
  /** Without NEXTAUTH_URL (local runs) the app's origin is http://localhost:PORT. */
  PORT: port.default(3000),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** smtp://user:pass@host:587 or smtps://…; without it (local runs only) mail goes to /dev/outbox. */
  SMTP_URL: z
    .url({ message: "must be an smtp:// or smtps:// URL" })
    .refine((value) => /^smtps?:\/\//.test(value), "must be an smtp:// or smtps:// URL")
    .optional(),
  /** Local runs without SMTP: keep mail in the database and show it at /dev/outbox (admins only). */
  DEV_OUTBOX: flag.default(false),
  MAIL_FROM: z.string().min(3).default("RCP Exchange <no-reply@rcp-exchange.localhost>"),
  /** Sign-in with an OpenID Connect provider: all three or none. */
  OIDC_ISSUER: z.url({ message: "must be the issuer URL of the OpenID Connect provider" }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Single sign-on"),
  /**
   * Reverse proxies in front of the app that append the client's address to X-Forwarded-For
   * (nginx's $proxy_add_x_forwarded_for does): the per-address sign-in limits count that address.
   * 0, no proxy: the header is the client's own writing and is ignored (see client-ip.ts).
   * Production must state it (env.ts): a wrong guess either way weakens the limits.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: "must be a whole number from 0 to 10" })
    .int("must be a whole number from 0 to 10")
    .min(0, "must be a whole number from 0 to 10")
    .max(10, "must be a whole number from 0 to 10")
    .default(0),
  // Files attached to activities: a local folder by default, or an S3-compatible bucket.
  DOCUMENT_STORAGE: z.enum(["local", "s3"], { message: 'must be "local" or "s3"' }).default("local"),
  DOCUMENTS_DIR: z.string().min(1).default(".data/documents"),
  S3_ENDPOINT: z.url({ message: "must be the URL of the S3-compatible server" }).optional(),
  S3_BUCKET: z.string().min(3, "must be a bucket name").optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_PATH_STYLE: flag.default(true),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(120),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
};

type TPathSegment = PropertyKey | { key: PropertyKey };
type TIssue = { path?: readonly TPathSegment[]; message: string };

/** "NAME message" per issue, for a single start-up line. */
export function describeIssues(issues: readonly TIssue[]) {
  return issues
    .map((issue) => {
      const name = issue.path?.map((part) => String(typeof part === "object" ? part.key : part)).join(".");
      return `${name || "?"} ${issue.message}`;
    })
    .join("; ");
}
