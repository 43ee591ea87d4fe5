import { sample, summarise, type TSample, type TStats } from "./measure";

export const MODES = [
  { key: "sequential", connections: 1 },
  { key: "concurrent", connections: 10 },
] as const;
export type TMode = (typeof MODES)[number]["key"];

export const SERVERS = ["next", "nginx"] as const;
export type TServer = (typeof SERVERS)[number];

export type TPlan = { warmUpS: number; rounds: number; roundS: number };
export type TPageStats = Record<TServer, Record<TMode, TStats>>;

/**
 * Measures every page on every server in every mode. The time is split in short rounds that visit
 * each combination in turn, so that when other work on the machine comes and goes, it weighs on
 * a page and on its floors alike instead of on whichever was measured at that moment.
 */
export async function measurePages<TPage extends { path: string }>(
  pages: readonly TPage[],
  origins: Record<TServer, string>,
  plan: TPlan,
): Promise<(TPage & TPageStats)[]> {
  const cells = pages.flatMap(({ path }) =>
    SERVERS.flatMap((server) =>
      MODES.map((mode) => ({
        path,
        server,
        mode,
        url: `${origins[server]}${path}`,
        samples: [] as TSample[],
      })),
    ),
  );
  // Warm-up, discarded: connections, JIT and caches of both servers.
  for (const cell of cells) {
    if (cell.mode.key === "concurrent") await sample(cell.url, cell.mode.connections, plan.warmUpS);
  }
  for (let round = 1; round <= plan.rounds; round++) {
    console.log(`Round ${round} of ${plan.rounds}…`);
    for (const cell of cells) cell.samples.push(await sample(cell.url, cell.mode.connections, plan.roundS));
  }
  const stats = (path: string, server: TServer, mode: (typeof MODES)[number]) => {
    const cell = cells.find((one) => one.path === path && one.server === server && one.mode === mode);
    return summarise(cell?.samples ?? [], mode.connections);
  };
  return pages.map((page) => ({
    ...page,
    next: { sequential: stats(page.path, "next", MODES[0]), concurrent: stats(page.path, "next", MODES[1]) },
    nginx: {
      sequential: stats(page.path, "nginx", MODES[0]),
      concurrent: stats(page.path, "nginx", MODES[1]),
    },
  }));
}

export type TRoute = { key: string; url: string; headers?: Record<string, string> };

/**
 * Measures each route in both modes, in interleaved rounds as above: for the pages rendered per
 * request, whose floor (a bare Next page rendered per request) is one of the routes.
 */
export async function measureRoutes(
  routes: readonly TRoute[],
  plan: TPlan,
): Promise<Map<string, Record<TMode, TStats>>> {
  const cells = routes.flatMap((route) => MODES.map((mode) => ({ route, mode, samples: [] as TSample[] })));
  for (const { route, mode } of cells) {
    if (mode.key === "concurrent") await sample(route.url, mode.connections, plan.warmUpS, route.headers);
  }
  for (let round = 1; round <= plan.rounds; round++) {
    console.log(`Round ${round} of ${plan.rounds}…`);
    for (const cell of cells) {
      cell.samples.push(await sample(cell.route.url, cell.mode.connections, plan.roundS, cell.route.headers));
    }
  }
  const stats = new Map<string, Record<TMode, TStats>>();
  for (const route of routes) {
    const of = (mode: (typeof MODES)[number]) =>
      summarise(
        cells.find((cell) => cell.route === route && cell.mode === mode)?.samples ?? [],
        mode.connections,
      );
    stats.set(route.key, { sequential: of(MODES[0]), concurrent: of(MODES[1]) });
  }
  return stats;
}
