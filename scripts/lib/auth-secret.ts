import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// Local runs get a secret generated once and kept in the git-ignored data folder, so there is
// never a shared default. Deployments must set NEXTAUTH_SECRET themselves (src/env.ts enforces it).
export async function readOrCreateAuthSecret(dataRoot: string): Promise<string> {
  const file = path.join(dataRoot, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataRoot, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  console.log(`Generated a local sign-in secret in ${file}.`);
  return secret;
}
