import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { startS3Server, type TestS3Server } from "@/lib/testing/s3-server";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";
import { storageFromEnv } from "./storage";
import { DocumentTooLargeError, StorageKeyError, type DocumentStorage } from "./storage-contract";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

const MB = 1024 * 1024;
const bytes = (size: number, seed = 7) => Uint8Array.from({ length: size }, (_, i) => (i * seed) % 251);
const read = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

/** A body that counts what was pulled from it: a limit that works while streaming stops pulling early. */
function countingStream(chunks: number, chunkSize: number) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled += 1;
      controller.enqueue(bytes(chunkSize, state.pulled));
    },
  });
  return { stream, state };
}

let s3: TestS3Server;
let diskRoot: string;
beforeAll(async () => {
  s3 = await startS3Server({ bucket: "lotus-storage-test" });
  diskRoot = mkdtempSync(path.join(os.tmpdir(), "lotus-storage-test-"));
});
afterAll(async () => {
  await s3?.close();
  rmSync(diskRoot, { recursive: true, force: true });
});

// Each backend through the same contract; S3 through the env variables the app reads.
const backends: [string, () => DocumentStorage][] = [
  ["local disk", () => new LocalDiskStorage(diskRoot)],
  ["S3 (s3rver on 127.0.0.1)", () => storageFromEnv(parseEnv({ DATA_DIR: diskRoot, ...s3.env }))],
];

describe.each(backends)("document storage on %s", (_name, make) => {
  it("stores bytes and streams them back unchanged", async () => {
    const storage = make();
    const key = randomUUID();
    const body = bytes(64 * 1024);
    await storage.put(key, body);
    const stream = await storage.get(key);
    expect(stream).toBeInstanceOf(ReadableStream);
    expect(await read(stream!)).toEqual(body);
  });

  it("streams an upload of several parts (7 MB) in and out", async () => {
    const storage = make();
    const key = randomUUID();
    const { stream } = countingStream(7, MB);
    await storage.put(key, stream, { maxBytes: 10 * MB });
    const back = await read((await storage.get(key))!);
    expect(back.byteLength).toBe(7 * MB);
    expect(back.subarray(6 * MB, 6 * MB + 16)).toEqual(bytes(MB, 7).subarray(0, 16));
  });

  it("refuses a stream over the limit while reading it, and keeps nothing", async () => {
    const storage = make();
    const key = randomUUID();
    const { stream, state } = countingStream(40, MB);
    await expect(storage.put(key, stream, { maxBytes: 3 * MB })).rejects.toBeInstanceOf(DocumentTooLargeError);
    expect(state.pulled).toBeLessThan(40);
    expect(await storage.get(key)).toBeNull();
  });

  it("refuses bytes over the limit too", async () => {
    const storage = make();
    const key = randomUUID();
    await expect(storage.put(key, bytes(2048), { maxBytes: 2047 })).rejects.toBeInstanceOf(DocumentTooLargeError);
    expect(await storage.get(key)).toBeNull();
  });

  it("deletes, and deleting a missing object is not an error", async () => {
    const storage = make();
    const key = randomUUID();
    await storage.put(key, bytes(10));
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("answers null for an object that was never stored", async () => {
    expect(await make().get(randomUUID())).toBeNull();
  });

  it("refuses keys that are not UUIDs before touching disk or bucket", async () => {
    const storage = make();
    for (const key of ["../../etc/passwd", "a/b", "", `${randomUUID()}/../x`, randomUUID().toUpperCase()]) {
      await expect(storage.put(key, bytes(1))).rejects.toBeInstanceOf(StorageKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(StorageKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(StorageKeyError);
    }
  });
});

describe("S3 storage with wrong settings", () => {
  it("fails on an access key the server does not know, and stores nothing", async () => {
    const wrong = new S3Storage({ bucket: s3.bucket, region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: "NOT-A-KEY", secretAccessKey: "x" } });
    const key = randomUUID();
    await expect(wrong.put(key, bytes(10))).rejects.toMatchObject({ name: "InvalidAccessKeyId" });
    await expect(wrong.get(key)).rejects.toMatchObject({ name: "InvalidAccessKeyId" });
    expect(await storageFromEnv(parseEnv({ ...s3.env })).get(key)).toBeNull();
  });

  it("fails on a bucket that does not exist", async () => {
    const storage = storageFromEnv(parseEnv({ ...s3.env, DOCUMENTS_S3_BUCKET: "no-such-bucket" }));
    await expect(storage.put(randomUUID(), bytes(10))).rejects.toMatchObject({ name: "NoSuchBucket" });
  });
});

describe("local disk layout", () => {
  it("leaves no partial file behind a refused stream", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "lotus-storage-partial-"));
    try {
      const { stream } = countingStream(5, MB);
      await expect(new LocalDiskStorage(root).put(randomUUID(), stream, { maxBytes: MB })).rejects.toBeInstanceOf(DocumentTooLargeError);
      expect(readdirSync(root, { recursive: true }).filter((name) => String(name).includes("-"))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("S3 settings from the environment", () => {
  it("uses path-style URLs for a custom endpoint unless told otherwise", () => {
    expect(parseEnv({ DOCUMENTS_S3_BUCKET: "b", DOCUMENTS_S3_ENDPOINT: "http://127.0.0.1:9000" }).DOCUMENTS_S3_FORCE_PATH_STYLE).toBe(true);
    expect(parseEnv({ DOCUMENTS_S3_BUCKET: "b" }).DOCUMENTS_S3_FORCE_PATH_STYLE).toBe(false);
    expect(parseEnv({ DOCUMENTS_S3_ENDPOINT: "http://x", DOCUMENTS_S3_FORCE_PATH_STYLE: "false" }).DOCUMENTS_S3_FORCE_PATH_STYLE).toBe(false);
  });
  it("wants the access key id and the secret together", () => {
    expect(() => parseEnv({ DOCUMENTS_S3_ACCESS_KEY_ID: "a" })).toThrow(/go together/);
  });
});
