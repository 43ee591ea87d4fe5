import { spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BenchError, type Cleanup } from "./cleanup";
import { freePortInRange } from "./ports";
import { spawnGroup, waitForHttp } from "./process-group";

/** Debian's nginx, or the first one on PATH; a BenchError naming the package when there is none. */
export function findNginx(): { file: string; version: string } {
  const dirs = ["/usr/sbin", ...(process.env.PATH ?? "").split(":").filter((dir) => dir.startsWith("/"))];
  const file = dirs.map((dir) => path.join(dir, "nginx")).find((candidate) => existsSync(candidate));
  if (!file) {
    throw new BenchError(
      "nginx is not installed (the physical floor): run `apt-get install nginx` and try again.",
    );
  }
  // nginx prints its version on stderr.
  const { stdout, stderr } = spawnSync(file, ["-v"], { encoding: "utf8" });
  return { file, version: /nginx\/(\S+)/.exec(`${stdout}${stderr}`)?.[1] ?? "unknown" };
}

/**
 * Serves `pages` (URL path → HTML) from files with nginx, one worker process like `next start`'s
 * one Node process, from a generated configuration in a temporary folder removed on stop.
 */
export async function startNginx(
  nginx: string,
  pages: ReadonlyMap<string, string>,
  cleanup: Cleanup,
): Promise<{ origin: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "rcp-bench-nginx-"));
  cleanup.add(() => rm(dir, { recursive: true, force: true }));
  // Running as root, nginx's worker runs as "nobody" and must be able to read the files.
  await chmod(dir, 0o755);
  await mkdir(path.join(dir, "tmp"));
  for (const [urlPath, html] of pages) {
    const file = path.join(dir, "www", `${urlPath}.html`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  const port = await freePortInRange(3400, 3499);
  await writeFile(path.join(dir, "nginx.conf"), config(dir, port));
  const group = spawnGroup(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", "stderr"], {
    cwd: dir,
    env: process.env,
  });
  cleanup.add(group.stop);
  const origin = `http://127.0.0.1:${port}`;
  const [first] = pages.keys();
  await waitForHttp(`${origin}${first ?? "/"}`, group, 10_000, first ? 200 : 404);
  return { origin };
}

function config(dir: string, port: number) {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, "tmp", name)};`;
  return `daemon off;
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  # Node keeps a connection open for any number of requests; so does this floor.
  keepalive_requests 1000000;
  default_type text/html;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  server {
    listen 127.0.0.1:${port};
    root ${path.join(dir, "www")};
    location / { try_files $uri.html =404; }
  }
}
`;
}
