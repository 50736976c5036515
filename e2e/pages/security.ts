import { encode } from "@auth/core/jwt";
import { expect, type APIRequestContext, type Page, type Request } from "@playwright/test";
import { baseURL } from "../../playwright.config";

/** The e2e server's secret (scripts/e2e-server.mjs uses the same fallback). */
export const E2E_AUTH_SECRET = process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-0123456789";
export const SESSION_COOKIE = "authjs.session-token"; // http in e2e: no __Secure- prefix

/** Header sets that once let requests skip middleware or reach RSC payloads (CVE-2025-29927 and the RSC advisories). */
export const BYPASS_HEADERS: Array<Record<string, string>> = [
  {},
  { "x-middleware-subrequest": "middleware" },
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "src/middleware" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { RSC: "1" },
  { RSC: "1", "Next-Router-Prefetch": "1" },
  { RSC: "1", "Next-Router-Segment-Prefetch": "/_tree" },
];

/** Spellings of one protected path that a matcher or router might treat differently. */
export function pathVariants(path: string): string[] {
  const rest = path.slice("/en".length);
  return [`${path}?_rsc=1`, `${path}/`, path.toUpperCase(), `/${path}`, `/en%2f${rest.slice(1)}`, `${path}.rsc`];
}

export interface Probe {
  url: string;
  headers: Record<string, string>;
  status: number;
  body: string;
}

/** Sends every variant; redirects are not followed (a redirect is an acceptable answer). */
export async function probe(request: APIRequestContext, paths: string[]): Promise<Probe[]> {
  const probes: Probe[] = [];
  for (const path of paths) {
    for (const headers of BYPASS_HEADERS) probes.push(await send(request, path, headers));
    for (const variant of pathVariants(path)) probes.push(await send(request, variant, {}));
  }
  return probes;
}

async function send(request: APIRequestContext, url: string, headers: Record<string, string>): Promise<Probe> {
  // "//en/admin" must stay a path, not become a protocol-relative URL to host "en".
  const response = await request.get(url.startsWith("//") ? `${baseURL}${url}` : url, { headers, maxRedirects: 0, failOnStatusCode: false });
  return { url, headers, status: response.status(), body: await response.text() };
}

/**
 * Nothing protected leaked: the marker is absent, and the status is a
 * redirect or 404 (or 400 for a path the router refuses to parse). RSC
 * requests may also answer 200 with a flight payload that carries the
 * redirect/not-found instruction instead of the page.
 */
export function expectNothingLeaked(probes: Probe[], markers: string[]): void {
  for (const { url, headers, status, body } of probes) {
    const label = `${url} ${JSON.stringify(headers)} → ${status}`;
    for (const marker of markers) expect(body, label).not.toContain(marker);
    const rsc = "RSC" in headers || url.includes("_rsc") || url.endsWith(".rsc");
    const allowed = [301, 302, 303, 307, 308, 400, 404, ...(rsc ? [200] : [])];
    expect(allowed, label).toContain(status);
  }
}

/** A session cookie value as Auth.js would mint it, for forged-cookie tests. */
export async function mintSession(claims: Record<string, unknown>, secret = E2E_AUTH_SECRET, maxAge = 3600): Promise<string> {
  return encode({ token: { sub: String(claims.uid ?? ""), ...claims }, secret, salt: SESSION_COOKIE, maxAge });
}

/** Captures the next Server Action POST the page sends (Next-Action header), to replay it. */
export function captureAction(page: Page): Promise<Request> {
  return page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
}

export async function replayAction(request: APIRequestContext, captured: Request, body: string, headers: Record<string, string>) {
  const original = captured.headers();
  return request.post(captured.url(), {
    data: body,
    maxRedirects: 0,
    failOnStatusCode: false,
    headers: {
      "next-action": original["next-action"]!,
      "content-type": original["content-type"] ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
      ...(original["next-router-state-tree"] ? { "next-router-state-tree": original["next-router-state-tree"] } : {}),
      ...headers,
    },
  });
}
