import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertStorageKey, type TFileStorage } from "./storage";

/** Files in a folder on the server's disk; keys are checked, so none escapes it. */
export function localStorage(root: string): TFileStorage {
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return path.join(path.resolve(root), key);
  };
  return {
    async put(key, content) {
      const file = pathOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written whole or not at all under its final name: a reader never sees half a file.
      const partial = `${file}.partial`;
      await writeFile(partial, content, { flag: "wx" });
      await rename(partial, file);
    },
    async get(key) {
      const file = pathOf(key);
      const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
      if (!info) return null;
      const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
      return { body, size: info.size };
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
