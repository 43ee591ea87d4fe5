import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

export type TGroup = {
  child: ChildProcess;
  /** The last lines the processes printed, shown when something goes wrong. */
  output: () => string;
  /** Resolves with the exit code (or the signal's name) once the group leader has exited. */
  exited: Promise<number | string>;
  stop: () => Promise<void>;
};

type TSpawnOptions = { cwd: string; env: NodeJS.ProcessEnv };

/**
 * Starts `file args` as the leader of its own process group, so that stopping it also stops
 * everything it started (the embedded PostgreSQL, nginx's workers) and Ctrl-C in the terminal
 * reaches the bench only, which then stops the group in order.
 */
export function spawnGroup(file: string, args: string[], options: TSpawnOptions): TGroup {
  const child = spawn(file, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | string>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown"));
    child.once("error", (error) => {
      lines.push(error.message);
      resolve(error.message);
    });
  });
  let stopping: Promise<void> | undefined;
  return {
    child,
    output: () => lines.join("\n"),
    exited,
    stop: () => (stopping ??= stopGroup(child, exited)),
  };
}

/** SIGTERM to the whole group, then waits (bounded) until no process of it is left. */
async function stopGroup(child: ChildProcess, exited: Promise<unknown>, graceMs = 20_000) {
  const pid = child.pid;
  if (pid === undefined || !isGroupAlive(pid)) return;
  signalGroup(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  await Promise.race([exited, sleep(graceMs)]);
  while (isGroupAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isGroupAlive(pid)) {
    console.warn(`Process group ${pid} ignored SIGTERM for ${graceMs / 1000} s: killing it.`);
    signalGroup(pid, "SIGKILL");
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

// A zombie still counts for kill(-pid, 0) when nothing reaps it (a minimal init), so on Linux the
// group is alive only while /proc lists a member of it that is not a zombie.
function isGroupAlive(pgid: number) {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  if (!existsSync("/proc/self/stat")) return true;
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .some((entry) => {
      try {
        // "pid (comm) state ppid pgrp …"; comm may itself contain spaces and parentheses.
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return Number(pgrp) === pgid && state !== "Z";
      } catch {
        return false;
      }
    });
}

/** Polls `url` until it answers `status`, the group exits or `timeoutMs` passes. */
export async function waitForHttp(url: string, group: TGroup, timeoutMs: number, status = 200) {
  let hasExited = false;
  void group.exited.then(() => (hasExited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !hasExited) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status === status) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  const why = hasExited
    ? `exited (${String(await group.exited)})`
    : `did not answer within ${timeoutMs / 1000} s`;
  throw new Error(`${url} ${why}. Its last output:\n${group.output()}`);
}
