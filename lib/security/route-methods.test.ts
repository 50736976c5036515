import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// "GET never mutates" (SECURITY-CHECKS #13): every route handler that answers
// GET is listed here with what its GET does; a new one fails this test until
// someone has looked at it. Pages are rendered by GET too: they only read
// (a session's last-request time, lib/auth/user-sessions.ts, is
// bookkeeping of the session itself). State changes are Server Actions (POST)
// or the POST handlers below.
const GET_ROUTES: Record<string, string> = {
  "api/admin/export": "reads the queue as CSV; writes only its audit row",
  "api/applications/[id]/copy": "draws the owner's copy as a PDF; writes nothing",
  "api/applications/[id]/dossier": "draws the staff's dossier as a PDF; writes only its audit row",
  "api/auth/[...nextauth]": "Auth.js: session, csrf and provider reads, sign-in/sign-out pages; signing in or out needs a POST with the CSRF token",
  "api/documents/[id]": "streams a document; writes only the staff or council download audit row",
  "api/health": "select 1",
  "api/session": "who is signed in, for the header (the staff session's last-request time is bookkeeping, as for pages)",
  "map-countries.svg": "a static file rendered at build time",
};
const POST_ONLY_ROUTES = ["api/applications/[id]/documents/[slot]", "api/applications/[id]/submit"];

const appDir = path.resolve(import.meta.dirname, "../../app");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

function exportedMethods(source: string): string[] {
  const methods = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) methods.add(match[1]!);
  for (const match of source.matchAll(/export\s+const\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) methods.add(match[1]!);
  for (const match of source.matchAll(/export\s+const\s*\{([^}]*)\}/g)) {
    for (const name of match[1]!.split(",").map((part) => part.split(":").pop()!.trim())) {
      if (/^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(name)) methods.add(name);
    }
  }
  return [...methods].sort();
}

describe("route handler methods", () => {
  const routes = Object.fromEntries(
    routeFiles(appDir).map((file) => [path.relative(appDir, path.dirname(file)).split(path.sep).join("/"), exportedMethods(readFileSync(file, "utf8"))]),
  );

  it("only the reviewed routes answer GET", () => {
    const withGet = Object.keys(routes).filter((route) => routes[route]!.includes("GET") || routes[route]!.includes("HEAD"));
    expect(withGet.sort()).toEqual(Object.keys(GET_ROUTES).sort());
  });

  it("the routes that change data are POST only", () => {
    for (const route of POST_ONLY_ROUTES) expect(routes[route], route).toEqual(["POST"]);
  });
});
