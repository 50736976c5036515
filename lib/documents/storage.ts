import "server-only";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { env } from "@/lib/env";
import { S3Storage } from "./s3-storage";

/**
 * Where document bytes live, behind one small interface: local disk by
 * default (one instance), or an S3-compatible bucket when several instances
 * must see the same files (DOCUMENTS_S3_* variables).
 */
export interface DocumentStorage {
  put(key: string, body: Uint8Array): Promise<void>;
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  delete(key: string): Promise<void>;
}

export class LocalDiskStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error("invalid storage key");
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, body: Uint8Array): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    await pipeline(Readable.from([body]), createWriteStream(file, { flags: "wx", mode: 0o600 }));
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const file = this.file(key);
    try {
      await stat(file);
    } catch {
      return null;
    }
    return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}

let storage: DocumentStorage | undefined;
export function documentStorage(): DocumentStorage {
  if (!storage) {
    const config = env();
    storage = config.DOCUMENTS_S3_BUCKET
      ? new S3Storage({
          endpoint: config.DOCUMENTS_S3_ENDPOINT ?? `https://s3.${config.DOCUMENTS_S3_REGION}.amazonaws.com`,
          region: config.DOCUMENTS_S3_REGION,
          bucket: config.DOCUMENTS_S3_BUCKET,
          accessKeyId: config.DOCUMENTS_S3_ACCESS_KEY_ID ?? "",
          secretAccessKey: config.DOCUMENTS_S3_SECRET_ACCESS_KEY ?? "",
        })
      : new LocalDiskStorage(path.join(config.dataDir, "documents"));
  }
  return storage;
}
