import net from "node:net";
import { actionId } from "./fixtures";
import { actionHeaders, type AttackContext } from "./context";
import { cookiesOf, header, send, type Reply } from "./http";

// SECURITY-CHECKS #14 (and #12's X-Forwarded-Host variant): Host and
// X-Forwarded-Host never end up in absolute URLs, redirects or e-mail links,
// and nothing makes the server connect to an address of the client's choosing.

/** A local listener that counts every connection it receives (it must stay at zero). */
async function listener(): Promise<{ port: number; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = net.createServer((socket) => {
    hits += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, hits: () => hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Raw bytes on a socket (absolute-form request lines, WebSocket upgrades). */
function raw(base: string, text: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let data = "";
    socket.setTimeout(5000, () => socket.destroy());
    socket.on("connect", () => socket.write(text));
    socket.on("data", (chunk) => {
      data += chunk.toString("latin1");
      if (data.includes("\r\n\r\n")) socket.end();
    });
    socket.on("close", () => resolve(data));
    socket.on("error", () => resolve(data));
  });
}

export async function hostProbes(ctx: AttackContext): Promise<void> {
  const { base, sql, fixtures, report } = ctx;
  const trap = await listener();
  const local = `127.0.0.1:${trap.port}`;
  const evilHosts = [local, "evil.example"];
  const mentionsEvil = (text: string) => evilHosts.some((host) => text.includes(host));
  const injections = (host: string): Array<Record<string, string>> => [
    { host },
    { "x-forwarded-host": host },
    { "x-forwarded-host": host, "x-forwarded-proto": "https" },
    { forwarded: `host=${host};proto=https` },
  ];
  const checkReply = (target: string, reply: Reply) => {
    const headers = Object.entries(reply.headers).filter(([, value]) => mentionsEvil(String(value))).map(([name]) => name);
    const inBody = mentionsEvil(reply.body);
    return report.check("probe", target, headers.length === 0 && !inBody, `injected host reflected in ${[...headers, ...(inBody ? ["body"] : [])].join(", ")}${headers.length ? `: ${headers.map((name) => `${name}=${header(reply, name).slice(0, 60)}`).join(" ")}` : ""}`, "medium");
  };

  // Redirects and pages that print absolute URLs (sign-in redirect, canonical/alternate links, robots, sitemap, Auth.js).
  for (const host of evilHosts) {
    for (const headers of injections(host)) {
      const tag = JSON.stringify(headers);
      checkReply(`GET /en/admin (anonymous) ${tag}`, await send(base, "/en/admin", { headers }));
      checkReply(`GET / ${tag}`, await send(base, "/", { headers }));
      checkReply(`GET /en ${tag}`, await send(base, "/en", { headers }));
      checkReply(`GET /robots.txt ${tag}`, await send(base, "/robots.txt", { headers }));
      checkReply(`GET /sitemap.xml ${tag}`, await send(base, "/sitemap.xml", { headers }));
      checkReply(`GET /api/auth/providers ${tag}`, await send(base, "/api/auth/providers", { headers }));
      checkReply(`GET /api/auth/signin ${tag}`, await send(base, "/api/auth/signin", { headers }));
    }
  }

  // Auth.js POSTs (credentials callback, sign-out) with an injected host.
  for (const headers of injections("evil.example")) {
    const csrf = await send(base, "/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const cookie = cookiesOf(csrf);
    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
    const formHeaders = { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" };
    checkReply(
      `POST /api/auth/callback/credentials ${JSON.stringify(headers)}`,
      await send(base, "/api/auth/callback/credentials", { method: "POST", headers: formHeaders, body: form({ csrfToken, email: "nobody@example.com", password: "wrong password here", callbackUrl: "/en/account" }) }),
    );
    checkReply(
      `POST /api/auth/signout ${JSON.stringify(headers)}`,
      await send(base, "/api/auth/signout", { method: "POST", headers: { ...formHeaders, cookie: `${cookie}; ${fixtures.disposable.cookie}` }, body: form({ csrfToken, callbackUrl: "/en" }) }),
    );
  }

  // Password-reset poisoning: the attacker sends the reset request for the victim with their own host
  // (Origin and X-Forwarded-Host consistent, so Next's origin check passes). The link must use APP_URL.
  const forgot = actionId("app/[locale]/(auth)/actions.ts", "forgotPasswordAction");
  const victim = fixtures.application.ownerEmail;
  const poisoned = await send(base, "/en/forgot-password", {
    method: "POST",
    headers: actionHeaders(forgot, "http://evil.example", { "x-forwarded-host": "evil.example", host: "evil.example", "x-forwarded-proto": "http" }),
    body: JSON.stringify([{ email: victim }]),
  });
  const signOut = actionId("app/[locale]/(investor)/account/actions.ts", "signOutAction");
  const signOutReply = await send(base, "/en/account", {
    method: "POST",
    headers: { ...actionHeaders(signOut, "http://evil.example", { "x-forwarded-host": "evil.example" }), cookie: fixtures.other.cookie },
    body: "[]",
  });
  checkReply("signOutAction redirect, Origin + X-Forwarded-Host evil.example", signOutReply);
  // Control: the same request as a browser on our origin sends it.
  await send(base, "/en/forgot-password", { method: "POST", headers: actionHeaders(forgot, base), body: JSON.stringify([{ email: victim }]) });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const mails = await sql<{ body: string }[]>`select body from email_outbox where recipient = ${victim} and template = 'resetPassword'`;
  const appUrl = base;
  report.check("probe", "password-reset e-mail link (Host/X-Forwarded-Host evil.example)", mails.length > 0 && mails.every((mail) => !mentionsEvil(mail.body) && mail.body.includes(`${appUrl}/`)), mails.length === 0 ? `no reset e-mail queued (status ${poisoned.status}): probe inconclusive` : "reset link built from the request's host, not APP_URL", mails.length === 0 ? "medium" : "high");
  report.check("probe", "Origin + X-Forwarded-Host evil.example accepted by Next's origin check (info)", poisoned.status >= 400, `a non-browser client that sets both Origin and X-Forwarded-Host passes Next's Server Action origin check (status ${poisoned.status}); harmless for CSRF (a browser cannot set X-Forwarded-Host), but the reverse proxy must overwrite X-Forwarded-Host`, "info");

  // SSRF: absolute-form request lines, WebSocket upgrades, the image optimizer.
  await raw(base, `GET http://${local}/ HTTP/1.1\r\nHost: ${local}\r\nConnection: close\r\n\r\n`);
  await raw(base, `GET http://${local}/_next/webpack-hmr HTTP/1.1\r\nHost: ${local}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  await raw(base, `GET /en HTTP/1.1\r\nHost: ${local}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  const images = [
    "http://127.0.0.1:5432/",
    `http://${local}/a.png`,
    `//${local}/a.png`,
    `/\\${local}/a.png`,
    "http://169.254.169.254/latest/meta-data/",
    "https://evil.example/a.png",
    `http://[::ffff:127.0.0.1]:${trap.port}/a.png`,
    "file:///etc/passwd",
  ];
  for (const url of images) {
    const reply = await send(base, `/_next/image?url=${encodeURIComponent(url)}&w=64&q=75`, { headers: { host: local } });
    const served = reply.status < 300 || /image\//.test(header(reply, "content-type"));
    // A 5xx without an image (Next's "internal response is invalid") fetched nothing; still not the clean 400 it should be.
    report.check("probe", `GET /_next/image?url=${url}`, reply.status >= 400 && reply.status < 500, `image optimizer answered ${reply.status} ${header(reply, "content-type")}${served ? " with content" : ", nothing fetched"}`, served ? "high" : "low");
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  report.check("probe", `local listener ${local} (Host, absolute-form, upgrade, image optimizer)`, trap.hits() === 0, `the server connected ${trap.hits()} time(s) to an address chosen by the client (SSRF)`, "high");
  await trap.close();
}
