import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { BenchError, type Cleanup } from "./cleanup";
import { freePortInRange } from "./ports";
import { spawnGroup, waitForHttp } from "./process-group";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

/** The bare floor's two pages: the same page cached (static) and rendered for every request. */
export const FLOOR_PATHS = { static: "/", dynamic: "/dynamic" } as const;

// A page of text, no client component, no data: what any Next app of this version costs.
const FILES: Record<string, string> = {
  "app/layout.js": `export const metadata = { title: "Floor" };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  "app/page.js": `export default function Page() {
  return <main><h1>Floor</h1><p>A bare page of this Next.js version.</p><a href="/dynamic">Per request</a></main>;
}
`,
  "app/dynamic/page.js": `export const dynamic = "force-dynamic";
export default function Page() {
  return <main><h1>Floor</h1><p>Rendered for every request.</p><a href="/">Cached</a></main>;
}
`,
  // Turbopack refuses modules outside its root, and node_modules is a link to this repository's:
  // the root must hold both folders. Inside the repository instead, Next would pick up the app's
  // own src/instrumentation.ts.
  "next.config.mjs": `export default {
  poweredByHeader: false,
  turbopack: { root: "/" },
  outputFileTracingRoot: "/",
};
`,
};

/**
 * Builds the bare app once per Next.js version (and version of these files) in a temporary
 * folder, its node_modules a link to this repository's, and keeps it for later runs.
 */
export async function ensureFloorBuild(root: string): Promise<string> {
  const { version } = JSON.parse(await readFile(require.resolve("next/package.json"), "utf8")) as {
    version: string;
  };
  const hash = createHash("sha256").update(version).update(JSON.stringify(FILES)).digest("hex").slice(0, 12);
  const dir = path.join(os.tmpdir(), `rcp-exchange-bench-floor-${hash}`);
  if (existsSync(path.join(dir, ".next", "BUILD_ID"))) return dir;
  console.log(`Building the bare Next.js ${version} floor app once (it is kept for later runs)…`);
  await rm(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  await symlink(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new BenchError(`Building the floor app in ${dir} failed:\n${output.join("")}`);
  return dir;
}

/** `next start` on the bare app; resolves once both floor pages answer. */
export async function startFloorApp(dir: string, cleanup: Cleanup) {
  const port = await freePortInRange(3400, 3499);
  const group = spawnGroup(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  cleanup.add(() => group.stop());
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}${FLOOR_PATHS.static}`, group, 60_000);
  return { origin, group };
}
