// First step of `npm test`: makes sure the end-to-end tests have a Chromium before any other step
// runs — Debian's, Playwright's own, or Playwright's installed now where the network allows it.
// Prints the browser's path on stdout; on failure, one line on stderr saying what to install.
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { ensureChromium, findChromium } from "./lib/chromium";

const configured = process.env.CHROMIUM_PATH;

const result = ensureChromium(
  () => findChromium({ configured, playwrightPath: chromium.executablePath() }),
  () => {
    console.error(
      "No Chromium for the end-to-end tests: installing Playwright's (npx playwright install chromium)",
    );
    // Playwright's progress goes to stderr: stdout carries only the path.
    const install = spawnSync("npx", ["playwright", "install", "chromium"], {
      stdio: ["ignore", process.stderr, process.stderr],
      timeout: 10 * 60_000,
    });
    return install.status === 0;
  },
  configured,
);

if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
console.error(
  `End-to-end tests use ${result.kind === "system" ? "" : "Playwright's "}Chromium at ${result.path}`,
);
console.log(result.path);
