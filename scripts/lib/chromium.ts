// Which Chromium the end-to-end tests drive. Shared by playwright.config.ts and `npm test`'s first
// step, so that both agree and `npm test` can stop before its first step when there is none.
import { existsSync } from "node:fs";

/** Debian's and Ubuntu's packages: the only browsers a machine without internet access can install. */
export const SYSTEM_CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"] as const;

export type TChromium =
  | { kind: "system"; path: string }
  | { kind: "playwright"; path: string }
  | { kind: "missing"; reason: string };

export type TChromiumProbe = {
  /** CHROMIUM_PATH from the environment, when set. */
  configured?: string;
  /** Where Playwright keeps its own browser (chromium.executablePath()). */
  playwrightPath: string;
  exists?: (path: string) => boolean;
};

export const INSTALL_HINT =
  "install Debian's Chromium (sudo apt-get install chromium) or Playwright's (npx playwright install chromium), or set CHROMIUM_PATH to a Chromium binary";

/** CHROMIUM_PATH when set (it must exist), else a system Chromium, else Playwright's own, else missing. */
export function findChromium({ configured, playwrightPath, exists = existsSync }: TChromiumProbe): TChromium {
  if (configured) {
    return exists(configured)
      ? { kind: "system", path: configured }
      : { kind: "missing", reason: `CHROMIUM_PATH is ${configured}, which does not exist` };
  }
  const system = SYSTEM_CHROMIUM_PATHS.find((path) => exists(path));
  if (system) return { kind: "system", path: system };
  if (exists(playwrightPath)) return { kind: "playwright", path: playwrightPath };
  return { kind: "missing", reason: "no Chromium found" };
}

export type TEnsured =
  { ok: true; path: string; kind: "system" | "playwright" } | { ok: false; message: string };

/**
 * Finds a Chromium; when there is none and CHROMIUM_PATH does not name one, installs Playwright's
 * and looks again. On failure, the one line `npm test` prints before stopping.
 */
export function ensureChromium(find: () => TChromium, install: () => boolean, configured?: string): TEnsured {
  let found = find();
  if (found.kind === "missing" && !configured && install()) found = find();
  if (found.kind === "missing") {
    return {
      ok: false,
      message: `npm test needs Chromium for its end-to-end tests: ${found.reason}; ${INSTALL_HINT}.`,
    };
  }
  return { ok: true, path: found.path, kind: found.kind };
}
