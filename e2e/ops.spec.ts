import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { expect, test } from "./fixtures";
import { STRONG_PASSWORD } from "./pages/accounts";
import { createUser } from "./pages/staff";

// These tests start their own production servers from the same build.
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: unknown[] };

function startServer(port: number, env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = "";
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      AUTH_SECRET: "ops-test-secret-ops-test-secret-0123456789",
      APP_URL: `http://127.0.0.1:${port}`,
      SEED_ON_START: "true",
      LOG_LEVEL: "warn",
      ...env,
    },
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function healthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`);
    return response.status === 200;
  } catch {
    return false;
  }
}

test.describe("operations", () => {
  test.describe.configure({ mode: "serial" });
  test.skip(({ browserName }) => browserName !== "chromium");

  test("two instances started at once on one empty database both come up; migrations ran once; no account is seeded", async () => {
    test.setTimeout(120_000);
    const name = `lotus_ops_${Date.now().toString(36)}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const servers = [startServer(3201, { DATABASE_URL: url.toString() }), startServer(3202, { DATABASE_URL: url.toString() })];
    try {
      await expect.poll(async () => (await healthy(3201)) && (await healthy(3202)), { timeout: 90_000, intervals: [500] }).toBe(true);
      const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
      const [row] = await db`select count(*)::int as n, count(distinct hash)::int as distinct_n from drizzle.__drizzle_migrations`;
      const [partners] = await db`select count(*)::int as n from partners`;
      const accounts = await db<{ email: string }[]>`select email from users`;
      await db.end();
      expect(row).toEqual({ n: journal.entries.length, distinct_n: journal.entries.length });
      expect(partners!.n).toBeGreaterThan(0); // both seeded; the seed is idempotent
      // A production start seeds content, never an account: no demo or default logins (SECURITY-CHECKS #19).
      expect(accounts).toEqual([]);
    } finally {
      for (const server of servers) server.child.kill("SIGTERM");
      await Promise.all(servers.map((server) => server.exited));
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });

  test("a malformed DATABASE_URL stops the app with one line naming it", async () => {
    const server = startServer(3203, { DATABASE_URL: "postgres//no-host" });
    const code = await server.exited;
    expect(code).not.toBe(0);
    const lines = server.output().split("\n").filter((line) => line.startsWith("lotus: "));
    expect(lines).toEqual(["lotus: DATABASE_URL is malformed: expected postgres://user:password@host:port/database"]);
  });

  test("an unreachable database server stops the app with one line naming it", async () => {
    const server = startServer(3204, { DATABASE_URL: "postgres://postgres@127.0.0.1:1/lotus" });
    const code = await server.exited;
    expect(code).not.toBe(0);
    const lines = server.output().split("\n").filter((line) => line.startsWith("lotus: "));
    expect(lines).toEqual(["lotus: Cannot reach the database server at 127.0.0.1:1/lotus (ECONNREFUSED). Is PostgreSQL running?"]);
  });

  test("behind an https APP_URL the session cookie is __Secure-, Secure, HttpOnly and SameSite=Lax", async () => {
    test.setTimeout(120_000);
    const name = `lotus_ops_tls_${Date.now().toString(36)}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const port = 3206;
    // TLS is terminated by a proxy in front of the app; APP_URL says so. The test talks plain http to the app itself.
    const server = startServer(port, { DATABASE_URL: url.toString(), APP_URL: `https://127.0.0.1:${port}` });
    const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
    try {
      await expect.poll(() => healthy(port), { timeout: 90_000, intervals: [500] }).toBe(true);
      const investor = await createUser(db, "investor", "Tls Investor");
      const origin = `http://127.0.0.1:${port}`;
      const csrf = await fetch(`${origin}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const csrfCookie = csrf.headers.getSetCookie().find((c) => c.startsWith("__Host-authjs.csrf-token="))!;
      expect(csrfCookie).toMatch(/; Secure/i);
      const signedIn = await fetch(`${origin}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie.split(";")[0]! },
        body: new URLSearchParams({ csrfToken, email: investor.email, password: STRONG_PASSWORD, callbackUrl: "/en/account" }),
      });
      const session = signedIn.headers.getSetCookie().find((c) => c.startsWith("__Secure-authjs.session-token="));
      expect(session, signedIn.headers.get("location") ?? "").toBeDefined();
      const attributes = session!.split(";").slice(1).map((part) => part.trim().toLowerCase());
      expect(attributes).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax", "path=/"]));
      expect(signedIn.headers.get("location") ?? "").not.toContain("authjs.session-token"); // no token in URLs
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
      await db.end();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });

  test("production mode refuses to start without its secrets and names them", async () => {
    const server = startServer(3205, { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres", AUTH_SECRET: "" });
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toContain("lotus: Production mode (NODE_ENV=production with DATABASE_URL) needs: AUTH_SECRET");
  });
});
