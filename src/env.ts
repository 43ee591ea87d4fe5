import { createEnv } from "@t3-oss/env-nextjs";
import { describeIssues, serverSchema } from "./env-schema";

// `next build` loads server modules without a database or secrets; everything is checked when
// the server starts (src/instrumentation.ts) and again on first use.
const isBuild = process.env.NEXT_PHASE === "phase-production-build";

export const env = createEnv({
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
