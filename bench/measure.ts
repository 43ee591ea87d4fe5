import autocannon from "autocannon";

/** One burst of load on one URL. */
export type TSample = {
  durationS: number;
  /** Response times of the 2xx responses, in ms. */
  latencies: number[];
  non2xx: number;
  errors: number;
  timeouts: number;
  /** How many errors of each kind (ECONNRESET, ECONNREFUSED…), to tell why there were any. */
  errorCodes: Record<string, number>;
};

export type TStats = {
  connections: number;
  durationS: number;
  /** Completed 2xx responses; the latencies are theirs alone. */
  requests: number;
  requestsPerS: number;
  p50Ms: number;
  p975Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  errorCodes: Record<string, number>;
};

/**
 * Loads `url` over `connections` keep-alive connections (one request in flight on each) for
 * `durationS` seconds, with `headers` (a signed-in cookie) on every request. Latencies are taken from each response's own timing rather than
 * autocannon's histogram, which rounds to whole milliseconds: too coarse for nginx's ~0.5 ms.
 */
export function sample(
  url: string,
  connections: number,
  durationS: number,
  headers: Record<string, string> = {},
): Promise<TSample> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const errorCodes: Record<string, number> = {};
    const started = performance.now();
    const options = { url, headers, connections, duration: durationS, pipelining: 1, timeout: 10 };
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) => {
      if (error) {
        reject(error instanceof Error ? error : new Error(`autocannon failed on ${url}`));
        return;
      }
      // autocannon's own duration is rounded to 10 ms, too coarse for short samples.
      const durationS = (performance.now() - started) / 1000;
      const { non2xx, errors, timeouts } = result;
      resolve({ durationS, latencies, non2xx, errors, timeouts, errorCodes });
    });
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
    instance.on("reqError", (error: unknown) => {
      const code =
        error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : "unknown";
      errorCodes[code] = (errorCodes[code] ?? 0) + 1;
    });
  });
}

/** The figures of several samples taken as one measurement. */
export function summarise(samples: readonly TSample[], connections: number): TStats {
  const sorted = Float64Array.from(samples.flatMap((one) => one.latencies)).sort();
  const total = (pick: (one: TSample) => number) => samples.reduce((sum, one) => sum + pick(one), 0);
  const durationS = total((one) => one.durationS);
  return {
    connections,
    durationS,
    requests: sorted.length,
    requestsPerS: durationS > 0 ? sorted.length / durationS : 0,
    p50Ms: percentile(sorted, 50),
    p975Ms: percentile(sorted, 97.5),
    p99Ms: percentile(sorted, 99),
    non2xx: total((one) => one.non2xx),
    errors: total((one) => one.errors),
    timeouts: total((one) => one.timeouts),
    errorCodes: samples.reduce<Record<string, number>>((sum, one) => {
      for (const [code, count] of Object.entries(one.errorCodes)) sum[code] = (sum[code] ?? 0) + count;
      return sum;
    }, {}),
  };
}

/** Nearest-rank percentile of ascending `sorted`; NaN when there is no sample. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}
