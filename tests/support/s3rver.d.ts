// s3rver ships no types: the little of it the storage contract test uses.
declare module "s3rver" {
  import type { AddressInfo } from "node:net";
  type TOptions = {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    configureBuckets?: { name: string; configs?: string[] }[];
  };
  export default class S3rver {
    constructor(options: TOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
