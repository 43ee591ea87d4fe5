import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bootstrapSchema, describeIssues, serverSchema } from "./env-schema";

const server = z.object(serverSchema);
const valid = {
  DATABASE_URL: "postgresql://user:secret@db.example.org:5432/rcp",
  NEXTAUTH_SECRET: "x".repeat(32),
};

describe("environment", () => {
  it("accepts a complete environment", () => {
    expect(server.safeParse(valid).success).toBe(true);
  });

  it("names a missing required variable", () => {
    const result = server.safeParse({ ...valid, NEXTAUTH_SECRET: undefined });
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!.issues)).toMatch(/^NEXTAUTH_SECRET /);
  });

  it("names a malformed database URL", () => {
    const result = server.safeParse({ ...valid, DATABASE_URL: "mysql://localhost/rcp" });
    expect(describeIssues(result.error!.issues)).toBe("DATABASE_URL must be a postgresql:// connection URL");
  });

  it("believes no proxy by default and refuses a proxy count that is not a small whole number", () => {
    expect(server.parse(valid).TRUSTED_PROXY_HOPS).toBe(0);
    expect(server.parse({ ...valid, TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    for (const hops of ["-1", "1.5", "eleven", "11"]) {
      const result = server.safeParse({ ...valid, TRUSTED_PROXY_HOPS: hops });
      expect(describeIssues(result.error!.issues)).toBe(
        "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10",
      );
    }
  });

  it("refuses a short secret", () => {
    const result = server.safeParse({ ...valid, NEXTAUTH_SECRET: "short" });
    expect(describeIssues(result.error!.issues)).toMatch(/NEXTAUTH_SECRET must be at least 32 characters/);
  });

  it("defaults and checks the start-up variables", () => {
    const bootstrap = z.object(bootstrapSchema);
    expect(bootstrap.parse({})).toMatchObject({
      PORT: 3000,
      EMBEDDED_DB_PORT: 5433,
      EMBEDDED_DB_EPHEMERAL: false,
    });
    const result = bootstrap.safeParse({ EMBEDDED_DB_PORT: "70000" });
    expect(describeIssues(result.error!.issues)).toBe("EMBEDDED_DB_PORT must be a port number");
  });
});
