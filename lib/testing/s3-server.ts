import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

/** s3rver's built-in account: it checks the access key id, not the SigV4 signature. */
export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

export interface TestS3Server {
  endpoint: string;
  bucket: string;
  /** The DOCUMENTS_S3_* variables that point an app instance at this server. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A real S3-protocol server (s3rver) on 127.0.0.1 with one bucket, its files
 * in a temporary folder removed on close: used by the storage integration
 * tests and by the two-instances fault run.
 */
export async function startS3Server(options: { bucket?: string; port?: number } = {}): Promise<TestS3Server> {
  const bucket = options.bucket ?? "lotus-documents";
  const directory = mkdtempSync(path.join(os.tmpdir(), "lotus-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: options.port ?? 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      DOCUMENTS_S3_BUCKET: bucket,
      DOCUMENTS_S3_ENDPOINT: endpoint,
      DOCUMENTS_S3_REGION: "us-east-1",
      DOCUMENTS_S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      DOCUMENTS_S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      // Node 20 is supported by the SDK versions installed here; the notice is noise in test output.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
