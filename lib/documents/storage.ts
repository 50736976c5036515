import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";
import type { DocumentStorage } from "./storage-contract";

export type { DocumentStorage } from "./storage-contract";
export { DocumentTooLargeError, StorageKeyError } from "./storage-contract";

/**
 * Where document bytes live: local disk under DATA_DIR by default (one
 * instance), or an S3-compatible bucket when DOCUMENTS_S3_BUCKET is set
 * (several instances must see the same files; README "Documents in S3").
 */
export function storageFromEnv(config = env()): DocumentStorage {
  if (!config.DOCUMENTS_S3_BUCKET) return new LocalDiskStorage(path.join(config.dataDir, "documents"));
  const { DOCUMENTS_S3_ACCESS_KEY_ID: accessKeyId, DOCUMENTS_S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
  return new S3Storage({
    bucket: config.DOCUMENTS_S3_BUCKET,
    region: config.DOCUMENTS_S3_REGION,
    endpoint: config.DOCUMENTS_S3_ENDPOINT,
    forcePathStyle: config.DOCUMENTS_S3_FORCE_PATH_STYLE,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  });
}

let storage: DocumentStorage | undefined;
export function documentStorage(): DocumentStorage {
  storage ??= storageFromEnv();
  return storage;
}
