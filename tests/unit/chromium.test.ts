import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ensureChromium, findChromium, type TChromium } from "../../scripts/lib/chromium";

const root = path.resolve(import.meta.dirname, "../..");
const playwrightPath = "/home/someone/.cache/ms-playwright/chromium-1/chrome";
const on =
  (...present: string[]) =>
  (file: string) =>
    present.includes(file);

describe("findChromium", () => {
  it("prefers CHROMIUM_PATH, then Debian's Chromium, then Playwright's own", () => {
    const all = on("/opt/chrome", "/usr/bin/chromium", playwrightPath);
    expect(findChromium({ configured: "/opt/chrome", playwrightPath, exists: all })).toEqual({
      kind: "system",
      path: "/opt/chrome",
    });
    expect(findChromium({ playwrightPath, exists: all })).toEqual({
      kind: "system",
      path: "/usr/bin/chromium",
    });
    expect(findChromium({ playwrightPath, exists: on("/usr/bin/chromium-browser") })).toEqual({
      kind: "system",
      path: "/usr/bin/chromium-browser",
    });
    expect(findChromium({ playwrightPath, exists: on(playwrightPath) })).toEqual({
      kind: "playwright",
      path: playwrightPath,
    });
  });

  it("does not look elsewhere when CHROMIUM_PATH names a missing file", () => {
    const found = findChromium({
      configured: "/nope/chrome",
      playwrightPath,
      exists: on("/usr/bin/chromium"),
    });
    expect(found).toEqual({ kind: "missing", reason: "CHROMIUM_PATH is /nope/chrome, which does not exist" });
  });
});

describe("ensureChromium", () => {
  const missing: TChromium = { kind: "missing", reason: "no Chromium found" };

  it("installs Playwright's Chromium when none is found, then uses it", () => {
    const find = vi
      .fn<() => TChromium>()
      .mockReturnValueOnce(missing)
      .mockReturnValue({ kind: "playwright", path: playwrightPath });
    const install = vi.fn(() => true);
    expect(ensureChromium(find, install)).toEqual({ ok: true, kind: "playwright", path: playwrightPath });
    expect(install).toHaveBeenCalledOnce();
  });

  it("says in one line what to install when the installation fails", () => {
    const result = ensureChromium(
      () => missing,
      () => false,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.split("\n")).toHaveLength(1);
    expect(result.message).toContain("apt-get install chromium");
    expect(result.message).toContain("npx playwright install chromium");
  });

  it("installs nothing when a Chromium is there", () => {
    const install = vi.fn(() => true);
    ensureChromium(() => ({ kind: "system", path: "/usr/bin/chromium" }), install);
    expect(install).not.toHaveBeenCalled();
  });
});

describe("npm test without a browser", () => {
  it("stops before its first step with one line saying what to install", () => {
    const run = spawnSync("bash", ["scripts/test-all.sh"], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain("===");
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^npm test needs Chromium for its end-to-end tests: CHROMIUM_PATH is \/nonexistent\/chromium/,
      ),
    ]);
  }, 60_000);
});
