import { AwsClient } from "aws4fetch";
import { assertStorageKey, type TFileStorage } from "./storage";

export type TS3Config = {
  /** e.g. https://s3.eu-west-1.amazonaws.com, or a MinIO / Garage / Ceph server's URL. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path (most self-hosted servers) rather than in the host name. */
  isPathStyle: boolean;
};

/** Files in a bucket of any S3-compatible server, through signed HTTP requests. */
export function s3Storage(config: TS3Config): TFileStorage {
  const client = new AwsClient({
    accessKeyId: config.accessKeyId,
    secretAccessKey: config.secretAccessKey,
    region: config.region,
    service: "s3",
  });
  const endpoint = new URL(config.endpoint);
  const urlOf = (key: string) => {
    assertStorageKey(key);
    const url = new URL(endpoint);
    if (config.isPathStyle) url.pathname = `${url.pathname.replace(/\/$/, "")}/${config.bucket}/${key}`;
    else {
      url.hostname = `${config.bucket}.${url.hostname}`;
      url.pathname = `${url.pathname.replace(/\/$/, "")}/${key}`;
    }
    return url.toString();
  };
  const fail = async (response: Response, what: string): Promise<never> => {
    const detail = (await response.text()).slice(0, 300);
    throw new Error(`S3 ${what} failed: ${response.status} ${detail}`);
  };
  return {
    async put(key, content, mediaType) {
      const response = await client.fetch(urlOf(key), {
        method: "PUT",
        body: content,
        headers: { "content-type": mediaType, "content-length": String(content.byteLength) },
      });
      if (!response.ok) await fail(response, "put");
      await response.body?.cancel();
    },
    async get(key) {
      const response = await client.fetch(urlOf(key), { method: "GET" });
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok || !response.body) return fail(response, "get");
      return { body: response.body, size: Number(response.headers.get("content-length") ?? 0) };
    },
    async delete(key) {
      const response = await client.fetch(urlOf(key), { method: "DELETE" });
      if (!response.ok && response.status !== 404) await fail(response, "delete");
      await response.body?.cancel();
    },
  };
}
