import "server-only";
import { env } from "~/env";
import { localStorage } from "./local-storage";
import { s3Storage } from "./s3-storage";
import type { TFileStorage } from "./storage";

let storage: TFileStorage | undefined;

/** The storage the environment chose (env.ts has checked that S3's settings are complete). */
export function appStorage(): TFileStorage {
  storage ??=
    env.DOCUMENT_STORAGE === "s3"
      ? s3Storage({
          endpoint: env.S3_ENDPOINT ?? "",
          bucket: env.S3_BUCKET ?? "",
          region: env.S3_REGION,
          accessKeyId: env.S3_ACCESS_KEY_ID ?? "",
          secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "",
          isPathStyle: env.S3_PATH_STYLE,
        })
      : localStorage(env.DOCUMENTS_DIR);
  return storage;
}
