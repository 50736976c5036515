import "server-only";
import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { assertStorageKey, byteLimit, DocumentTooLargeError, type DocumentBody, type DocumentStorage } from "./storage-contract";

export interface S3StorageConfig {
  bucket: string;
  region: string;
  /** An S3-compatible store (MinIO, Ceph, Yandex Object Storage, s3rver …); AWS itself when absent. */
  endpoint?: string;
  /** `https://endpoint/bucket/key` instead of `https://bucket.endpoint/key`; most self-hosted stores need it. */
  forcePathStyle: boolean;
  /** Both or neither: without them the SDK's default chain (environment, instance role …) is used. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Documents in an S3 bucket, for deployments where several instances must see the same files. */
export class S3Storage implements DocumentStorage {
  private readonly client: S3Client;

  constructor(private readonly config: S3StorageConfig) {
    const clientConfig: S3ClientConfig = {
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      // A store that stops answering must not hold an upload or a download forever.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    };
    this.client = new S3Client(clientConfig);
  }

  async put(key: string, body: DocumentBody, options: { maxBytes?: number } = {}): Promise<void> {
    assertStorageKey(key);
    const source = body instanceof Uint8Array ? Readable.from([body]) : Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
    const limited = source.pipe(byteLimit(options.maxBytes ?? Infinity));
    // pipe() does not forward errors: the limit's error must reach the upload, which then aborts.
    source.on("error", (error) => limited.destroy(error));
    let tooLarge: DocumentTooLargeError | undefined;
    limited.on("error", (error) => {
      if (error instanceof DocumentTooLargeError) tooLarge = error;
      source.destroy();
    });
    // lib-storage sends a small body as one PUT and a large one in 5 MB parts;
    // a failed multipart upload is aborted, so no parts are left in the bucket.
    const upload = new Upload({ client: this.client, params: { Bucket: this.config.bucket, Key: key, Body: limited } });
    try {
      await upload.done();
    } catch (error) {
      throw tooLarge ?? error;
    }
    if (tooLarge) {
      // The limit tripped after the last part had gone: remove what was written.
      await this.delete(key);
      throw tooLarge;
    }
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    assertStorageKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
      return object.Body ? (object.Body.transformToWebStream() as ReadableStream<Uint8Array>) : null;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }
}
