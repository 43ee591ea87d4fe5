import "server-only";
import { db } from "./db";

const TIMEOUT_MS = 2000;

export async function checkDatabase(): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS));
  const query = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  return Promise.race([query, timeout]);
}
