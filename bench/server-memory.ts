import { readdirSync, readFileSync } from "node:fs";

/**
 * Resident memory (MB) of the Next.js server in process group `pgid`: the process whose title
 * `next start` sets to "next-server". Null where /proc is absent (not Linux).
 */
export function nextServerRssMb(pgid: number): number | null {
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) !== pgid) continue;
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (!/next-server/.test(status) && !/next-server/.test(cmdline)) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      if (rss) return Number(rss) / 1024;
    }
  } catch {
    // /proc unavailable, or the process left while it was read.
  }
  return null;
}
