import { firstLoadJs } from "./first-load-js";
import { FLOOR_PATHS } from "./floor-app";
import type { TGroup } from "./process-group";
import type { TDynamicResult, TServerReport, TWeight } from "./report-dynamic";
import { measureRoutes, type TPlan, type TRoute } from "./rounds";
import { nextServerRssMb } from "./server-memory";
import { signedInCookie } from "./session";
import { DYNAMIC_TARGETS } from "./targets";

type TServer = { origin: string; group: TGroup };

/**
 * The second half of the bench: first-load JavaScript of every page, then the routes rendered
 * per request, signed in, against the bare app's per-request page, then the servers' memory.
 */
export async function measureServer({
  app,
  bareApp,
  publicPages,
  plan,
}: {
  app: TServer & { databaseUrl: string };
  bareApp: TServer;
  publicPages: readonly { name: string; path: string; html: string }[];
  plan: TPlan;
}): Promise<TServerReport> {
  console.log("Signing in as a secretariat editor created for the bench…");
  const cookie = await signedInCookie(app.origin, app.databaseUrl);
  const bareHtml = await (await fetch(`${bareApp.origin}${FLOOR_PATHS.static}`)).text();
  const bareJs = await firstLoadJs(bareApp.origin, bareHtml);

  const weights: TWeight[] = [];
  for (const page of publicPages) {
    weights.push({ ...page, isForm: false, js: await firstLoadJs(app.origin, page.html) });
  }
  const routes: TRoute[] = [{ key: "floor", url: `${bareApp.origin}${FLOOR_PATHS.dynamic}` }];
  const skippedDynamic: TServerReport["skippedDynamic"] = [];
  for (const target of DYNAMIC_TARGETS) {
    const headers: Record<string, string> = target.isSignedIn ? { cookie } : {};
    const response = await fetch(`${app.origin}${target.path}`, { headers, redirect: "manual" });
    const body = await response.text();
    if (response.status !== 200) {
      skippedDynamic.push({ ...target, reason: `answered ${response.status}` });
      continue;
    }
    if (!target.isApi) {
      weights.push({ ...target, isForm: target.isForm ?? false, js: await firstLoadJs(app.origin, body) });
    }
    routes.push({ key: target.path, url: `${app.origin}${target.path}`, headers });
  }

  console.log(`Measuring ${routes.length - 1} routes rendered per request and the bare per-request page…`);
  const stats = await measureRoutes(routes, plan);
  const floor = stats.get("floor");
  if (!floor) throw new Error("The bare per-request page was not measured.");
  const dynamic: TDynamicResult[] = DYNAMIC_TARGETS.flatMap((target) => {
    const measured = stats.get(target.path);
    return measured
      ? [{ name: target.name, path: target.path, isSignedIn: target.isSignedIn, stats: measured }]
      : [];
  });
  return {
    bareFloor: { static: bareJs, dynamic: floor },
    weights,
    dynamic,
    skippedDynamic,
    rssMb: { app: groupRss(app.group), bareFloor: groupRss(bareApp.group) },
  };
}

function groupRss(group: TGroup) {
  return group.child.pid === undefined ? null : nextServerRssMb(group.child.pid);
}
