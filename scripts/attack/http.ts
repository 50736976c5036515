import http from "node:http";

export interface Reply {
  label: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
  /** A network error (refused, reset, timeout) instead of a response. */
  error?: string;
}

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  /** Send the body chunked (no Content-Length). */
  chunked?: boolean;
  label?: string;
  /** The client's own source address (any of 127.0.0.0/8 on loopback): a real other address, no header involved. */
  localAddress?: string;
}

/** Every reply of the run, for the error-body hygiene check at the end. */
export const replies: Reply[] = [];

/**
 * One raw HTTP/1.1 request to the app (node:http, not fetch): the path goes
 * out byte for byte (`//en/admin`, `%2f`, absolute-form), and Host and
 * X-Forwarded-* can be set freely. Redirects are never followed.
 */
export function send(base: string, path: string, options: SendOptions = {}): Promise<Reply> {
  const origin = new URL(base);
  const started = Date.now();
  const label = options.label ?? `${options.method ?? "GET"} ${path}`;
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.body !== undefined && !options.chunked) headers["content-length"] = Buffer.byteLength(options.body);
    const request = http.request(
      { host: origin.hostname, port: origin.port, method: options.method ?? "GET", path, headers, agent: false, localAddress: options.localAddress },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const reply = { label, status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8"), ms: Date.now() - started };
          replies.push(reply);
          resolve(reply);
        });
        response.on("error", (error) => resolve({ label, status: 0, headers: {}, body: "", ms: Date.now() - started, error: error.message }));
      },
    );
    request.setTimeout(options.timeoutMs ?? 15_000, () => request.destroy(new Error("timeout")));
    request.on("error", (error) => resolve({ label, status: 0, headers: {}, body: "", ms: Date.now() - started, error: error.message }));
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/** GET /api/health: ok and how long it took. */
export async function health(base: string): Promise<{ ok: boolean; ms: number }> {
  const reply = await send(base, "/api/health", { timeoutMs: 5000, label: "health" });
  return { ok: reply.status === 200, ms: reply.ms };
}

export function header(reply: Reply, name: string): string {
  const value = reply.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

/** The Cookie header value built from a reply's Set-Cookie lines (name=value pairs only). */
export function cookiesOf(reply: Reply): string {
  return (reply.headers["set-cookie"] ?? []).map((line) => line.split(";")[0]).join("; ");
}
