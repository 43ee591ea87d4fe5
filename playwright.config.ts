import { randomBytes } from "node:crypto";
import { chromium, defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/lib/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// A throw-away OpenID Connect provider the app signs in with during the tests.
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? port + 99);
const oidc = {
  OIDC_CLIENT_ID: "rcp-exchange-e2e",
  OIDC_CLIENT_SECRET: randomBytes(24).toString("base64url"),
};
// A real SMTP server the app sends its mail to; the tests read it over HTTP (e2e/support/mailbox.ts).
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 97);
process.env.E2E_MAILBOX_PORT ??= String(port + 98);
// CHROMIUM_PATH, else Debian's Chromium where it is installed (CI and offline machines), else
// Playwright's own (`npm test` installs it first when it can).
const browser = findChromium({
  configured: process.env.CHROMIUM_PATH,
  playwrightPath: chromium.executablePath(),
});

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One worker in CI, where the machine has two cores; as many as the machine offers elsewhere.
  workers: process.env.CI ? 1 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions:
      browser.kind === "system"
        ? {
            executablePath: browser.path,
            args: [
              "--no-sandbox",
              "--disable-gpu",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--no-first-run",
            ],
          }
        : {},
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: /rcp-catalogue\.spec\.ts/,
    },
    // Changes the list of published RCPs, which the other specs count: runs once they have finished.
    {
      name: "rcp-catalogue",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /rcp-catalogue\.spec\.ts/,
      dependencies: ["chromium"],
    },
  ],
  webServer: [
    {
      command: "node --import tsx e2e/support/smtp-server.ts",
      url: `http://127.0.0.1:${process.env.E2E_MAILBOX_PORT}/health`,
      timeout: 30_000,
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      env: { E2E_SMTP_PORT: String(smtpPort), E2E_MAILBOX_PORT: process.env.E2E_MAILBOX_PORT },
    },
    {
      command: "node --import tsx e2e/support/oidc-server.ts",
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      env: { ...oidc, E2E_OIDC_PORT: String(oidcPort), E2E_APP_URL: baseURL },
    },
    {
      command: "node --import tsx scripts/run-with-db.ts start",
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      stdout: "pipe",
      env: {
        ...oidc,
        OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
        OIDC_NAME: "Test identity provider",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        PORT: String(port),
        NEXTAUTH_URL: baseURL,
        EMBEDDED_DB_DIR: ".data/e2e-postgres",
        EMBEDDED_DB_PORT: process.env.E2E_DB_PORT ?? "5436",
        EMBEDDED_DB_EPHEMERAL: "true",
        DOCUMENTS_DIR: ".data/e2e-documents",
      },
    },
  ],
});
