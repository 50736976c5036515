import "server-only";
import type { DocumentStorage } from "./storage";
import { payloadHash, signV4 } from "./sigv4";

export interface S3Config {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** Path-style requests to an S3-compatible bucket, for deployments with several instances. */
export class S3Storage implements DocumentStorage {
  constructor(private readonly config: S3Config) {}

  private async send(method: "PUT" | "GET" | "DELETE", key: string, body: Uint8Array | null): Promise<Response> {
    const url = new URL(`${this.config.endpoint.replace(/\/$/, "")}/${this.config.bucket}/${key}`);
    const amzDate = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
    const hash = payloadHash(body);
    const headers: Record<string, string> = { host: url.host, "x-amz-content-sha256": hash, "x-amz-date": amzDate };
    const authorization = signV4({ method, url, headers, payloadHash: hash, region: this.config.region, accessKeyId: this.config.accessKeyId, secretAccessKey: this.config.secretAccessKey, amzDate });
    // fetch sets Host itself; it is signed above but must not be sent as a header.
    const sent = { "x-amz-content-sha256": hash, "x-amz-date": amzDate, authorization };
    return fetch(url, { method, headers: sent, body: body ? Buffer.from(body) : undefined });
  }

  async put(key: string, body: Uint8Array): Promise<void> {
    const response = await this.send("PUT", key, body);
    if (!response.ok) throw new Error(`S3 PUT failed with ${response.status}`);
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const response = await this.send("GET", key, null);
    if (response.status === 404) return null;
    if (!response.ok || !response.body) throw new Error(`S3 GET failed with ${response.status}`);
    return response.body;
  }

  async delete(key: string): Promise<void> {
    const response = await this.send("DELETE", key, null);
    if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE failed with ${response.status}`);
  }
}
