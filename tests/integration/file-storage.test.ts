// One contract for every storage the app can keep documents in: the local folder, and an
// S3-compatible server — a real one (s3rver), started here, spoken to over HTTP with signed requests.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStorage } from "~/server/storage/local-storage";
import { s3Storage } from "~/server/storage/s3-storage";
import { newStorageKey, type TFileStorage } from "~/server/storage/storage";

const folders: string[] = [];
const tempFolder = async () => {
  const folder = await mkdtemp(path.join(tmpdir(), "rcp-storage-"));
  folders.push(folder);
  return folder;
};

let s3rver: S3rver | undefined;
let localRoot = "";
let s3Port = 0;
const s3Config = () => ({
  endpoint: `http://127.0.0.1:${s3Port}`,
  bucket: "documents",
  region: "us-east-1",
  // s3rver's fixed credentials.
  accessKeyId: "S3RVER",
  secretAccessKey: "S3RVER",
  isPathStyle: true,
});
const storages: Record<string, () => TFileStorage> = {};

beforeAll(async () => {
  localRoot = await tempFolder();
  storages.local = () => localStorage(localRoot);
  s3rver = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: await tempFolder(),
    configureBuckets: [{ name: "documents" }],
  });
  s3Port = (await s3rver.run()).port;
  storages.s3 = () => s3Storage(s3Config());
});

afterAll(async () => {
  await s3rver?.close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7 + 3) % 256);
const read = async (body: ReadableStream<Uint8Array>) =>
  new Uint8Array(await new Response(body).arrayBuffer());

describe.each(["local", "s3"])("%s storage", (name) => {
  const storage = () => storages[name]!();

  it("gives back exactly the bytes it was given, with their size", async () => {
    const key = newStorageKey("activity-documents");
    const content = bytes(300_000);
    await storage().put(key, content, "application/pdf");
    const stored = await storage().get(key);
    expect(stored?.size).toBe(content.byteLength);
    expect(await read(stored!.body)).toEqual(content);
  });

  it("answers null for a file it does not have", async () => {
    expect(await storage().get(newStorageKey("activity-documents"))).toBeNull();
  });

  it("deletes a file, and deleting it again is not an error", async () => {
    const key = newStorageKey("activity-documents");
    await storage().put(key, bytes(10), "image/png");
    await storage().delete(key);
    expect(await storage().get(key)).toBeNull();
    await expect(storage().delete(key)).resolves.toBeUndefined();
  });

  it("refuses a key it did not generate, such as a path out of its folder", async () => {
    for (const key of ["../../etc/passwd", "activity-documents/../x", "report.pdf", ""]) {
      await expect(storage().put(key, bytes(1), "application/pdf")).rejects.toThrow(/Invalid storage key/);
      await expect(storage().get(key)).rejects.toThrow(/Invalid storage key/);
    }
  });
});

describe("S3 storage", () => {
  // s3rver checks the access key of a V4-signed request, not the signature itself.
  it("sends its credentials: the server refuses an unknown access key", async () => {
    const wrong = s3Storage({ ...s3Config(), accessKeyId: "UNKNOWN" });
    await expect(wrong.put(newStorageKey("activity-documents"), bytes(1), "image/png")).rejects.toThrow(
      /403/,
    );
  });
});

describe("local storage", () => {
  it("leaves no partial file behind a completed write", async () => {
    const key = newStorageKey("activity-documents");
    await localStorage(localRoot).put(key, bytes(1000), "application/pdf");
    const files = await readdir(path.join(localRoot, "activity-documents"));
    expect(files.filter((file) => file.endsWith(".partial"))).toEqual([]);
  });
});
