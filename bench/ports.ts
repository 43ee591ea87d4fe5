import net from "node:net";

/**
 * A port in [from, to] that nothing listens on right now. The search starts at a random port so
 * that two benches started together rarely pick the same one. Probed on all interfaces, as
 * `next start` binds them.
 */
export async function freePortInRange(from: number, to: number): Promise<number> {
  const count = to - from + 1;
  const start = Math.floor(Math.random() * count);
  for (let index = 0; index < count; index++) {
    const port = from + ((start + index) % count);
    if (await canListen(port)) return port;
  }
  throw new Error(`No free port between ${from} and ${to}.`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}
