// Writes src/server/auth/common-passwords.json, the block list of the password policy.
//
// Source: the frequency-ranked password list of zxcvbn-ts (MIT), drawn from public breach corpora:
//   npm pack @zxcvbn-ts/language-common@4.1.3 && tar xzf zxcvbn-ts-language-common-4.1.3.tgz
//   npx tsx scripts/generate-common-passwords.ts package/src/passwords.json
// Only entries the length rule would accept are kept (shorter ones are refused anyway), lower-cased,
// most common first.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const LIMIT = 10_000;
const MIN_LENGTH = 8;
const MAX_LENGTH = 128;

async function main() {
  const source = process.argv[2];
  if (!source) throw new Error("Usage: generate-common-passwords <path to passwords.json>");
  const ranked = JSON.parse(await readFile(source, "utf8")) as unknown;
  if (!Array.isArray(ranked)) throw new Error(`${source} is not a JSON array`);
  const seen = new Set<string>();
  for (const entry of ranked) {
    if (typeof entry !== "string") continue;
    const password = entry.normalize("NFKC").toLowerCase();
    const length = [...password].length;
    if (length < MIN_LENGTH || length > MAX_LENGTH) continue;
    seen.add(password);
    if (seen.size === LIMIT) break;
  }
  const target = path.resolve(import.meta.dirname, "../src/server/auth/common-passwords.json");
  await writeFile(target, `${JSON.stringify([...seen], null, 2)}\n`);
  console.log(`Wrote ${seen.size} passwords to ${path.relative(process.cwd(), target)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
