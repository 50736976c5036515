import { Transform } from "node:stream";

/**
 * What every place that keeps document bytes promises (local disk, S3):
 * keys are UUIDs, a body may be bytes or a stream, and a stream longer than
 * `maxBytes` is refused while it is read, with nothing left behind.
 */
export interface DocumentStorage {
  put(key: string, body: DocumentBody, options?: { maxBytes?: number }): Promise<void>;
  /** The stored bytes as a stream, or null when nothing is stored under the key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removing a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
}

export type DocumentBody = Uint8Array | ReadableStream<Uint8Array>;

export class StorageKeyError extends Error {
  constructor() {
    super("invalid storage key");
  }
}

export class DocumentTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`document is larger than ${maxBytes} bytes`);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keys are made by the service (randomUUID); anything else never reaches a path or a bucket. */
export function assertStorageKey(key: string): void {
  if (!UUID.test(key)) throw new StorageKeyError();
}

/** Passes bytes on until `maxBytes` have gone through, then fails the pipeline. */
export function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.byteLength;
      if (seen > maxBytes) callback(new DocumentTooLargeError(maxBytes));
      else callback(null, chunk);
    },
  });
}
