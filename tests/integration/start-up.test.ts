import { spawnSync } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/free-port";

/**
 * Runs the entry point of `npm run dev` (the same checks as `npm start`, without needing a
 * production build) and returns what a user would see.
 */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/run-with-db.ts", "dev"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, lines: result.stderr.trim().split("\n").filter(Boolean) };
}

describe("start-up refuses bad configuration with one clear line", () => {
  it("a malformed DATABASE_URL, naming the variable", async () => {
    const result = start({ DATABASE_URL: "mysql://localhost/rcp", PORT: String(await freePort()) });
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      "Invalid environment: DATABASE_URL must be a postgresql:// connection URL. See .env.example.",
    ]);
  });

  it("an unreachable DATABASE_URL", async () => {
    const dbPort = await freePort();
    const result = start({
      DATABASE_URL: `postgresql://u:p@127.0.0.1:${dbPort}/rcp`,
      PORT: String(await freePort()),
    });
    expect(result.code).toBe(1);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(
      new RegExp(`^DATABASE_URL \\(127.0.0.1:${dbPort}/rcp\\) is unreachable: `),
    );
  });

  it("a web port already in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = start({ PORT: String(port), DATABASE_URL: "postgresql://u:p@127.0.0.1:1/rcp" });
      expect(result.code).toBe(1);
      expect(result.lines).toEqual([`Port ${port} is already in use: stop what runs there or set PORT.`]);
    } finally {
      blocker.close();
    }
  });
});

/** Loads the app's environment as the server does when it starts (src/instrumentation.ts). */
function loadAppEnv(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "-e", 'await import("./src/env.ts")'], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u:p@127.0.0.1:1/rcp",
      NEXTAUTH_SECRET: "x".repeat(32),
      NEXTAUTH_URL: "https://rcp.example.org",
      SMTP_URL: "smtp://mail.example.org:587",
      ...env,
    },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, lines: result.stderr.trim().split("\n").filter(Boolean) };
}

describe("in production, the proxy chain must be stated", () => {
  it("refuses to start without TRUSTED_PROXY_HOPS, naming it", () => {
    const result = loadAppEnv({});
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/^Invalid environment: TRUSTED_PROXY_HOPS must be set in production/);
  });

  it.each(["0", "1"])("starts with TRUSTED_PROXY_HOPS=%s", (hops) => {
    expect(loadAppEnv({ TRUSTED_PROXY_HOPS: hops })).toEqual({ code: 0, lines: [] });
  });
});
