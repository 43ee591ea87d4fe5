// The registration load: `connections` clients, each with one request in flight, POSTing tRPC
// mutations whose bodies differ per request (a new person each time), so autocannon's fixed
// request does not fit. Plain node:http over keep-alive sockets keeps the client's own CPU small
// on a machine whose two cores the server needs.
import http from "node:http";

export type TPost = { path: string; cookie: string; body: string };

export type TLoadResult = {
  durationS: number;
  /** Response times of the 2xx responses, in ms. */
  latencies: number[];
  /** How many 2xx responses said each registration status. */
  statuses: Record<string, number>;
  /** Non-2xx responses by HTTP status and the error's message key, e.g. "409 alreadyRegistered". */
  refusals: Record<string, number>;
  errors: number;
};

/**
 * Sends `next(index)` for index 0, 1, 2… on `connections` clients until `total` requests were sent
 * (or `durationS` seconds passed, when given), and waits for the answers.
 */
export async function postLoad(
  origin: string,
  connections: number,
  next: (index: number) => TPost,
  limits: { total: number; durationS?: number },
): Promise<TLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const result: TLoadResult = { durationS: 0, latencies: [], statuses: {}, refusals: {}, errors: 0 };
  const until = limits.durationS === undefined ? Infinity : performance.now() + limits.durationS * 1000;
  let sent = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (sent < limits.total && performance.now() < until) {
          const post = next(sent++);
          const begun = performance.now();
          try {
            const { status, body } = await send(origin, agent, post);
            if (status >= 200 && status < 300) {
              result.latencies.push(performance.now() - begun);
              const key = /"status":"([A-Z]+)"/.exec(body)?.[1] ?? "unknown";
              result.statuses[key] = (result.statuses[key] ?? 0) + 1;
            } else {
              const key = `${status} ${/"message":"([^"]*)"/.exec(body)?.[1] ?? ""}`.trim();
              result.refusals[key] = (result.refusals[key] ?? 0) + 1;
            }
          } catch {
            result.errors++;
          }
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  result.durationS = (performance.now() - started) / 1000;
  return result;
}

function send(origin: string, agent: http.Agent, post: TPost): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${origin}${post.path}`,
      {
        method: "POST",
        agent,
        timeout: 60_000,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(post.body),
          cookie: post.cookie,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    request.end(post.body);
  });
}
