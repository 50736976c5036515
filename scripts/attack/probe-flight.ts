import { actionId } from "./fixtures";
import { actionHeaders, type AttackContext } from "./context";
import { health, send } from "./http";

// SECURITY-CHECKS #30: malformed Flight bodies get a 4xx or a generic 500
// (no stack, SQL or paths; checked for every reply at the end), and the next
// normal request succeeds within a second.

const SLOW_MS = 10_000;
const HEALTH_MS = 1_000;

function multipart(boundary: string, parts: Record<string, string>): string {
  return [...Object.entries(parts).flatMap(([name, value]) => [`--${boundary}`, `Content-Disposition: form-data; name="${name}"`, "", value]), `--${boundary}--`, ""].join("\r\n");
}

export async function flightProbes(ctx: AttackContext, exited: () => number | null | undefined): Promise<void> {
  const { base, report } = ctx;
  const signIn = actionId("app/[locale]/(auth)/actions.ts", "signInAction");
  const boundary = "----flight" + Date.now();
  const depth = 10_000;
  const bodies: Array<{ label: string; body: string | Buffer; headers?: Record<string, string>; chunked?: boolean; expect4xx?: boolean }> = [
    { label: "invalid UTF-8", body: Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x22, 0x5d]) },
    { label: "invalid UTF-8 in a multipart field", body: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["`), Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), Buffer.from(`"]\r\n--${boundary}--\r\n`)]), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } },
    { label: `${depth}-deep nested arrays`, body: "[".repeat(depth) + "]".repeat(depth) },
    { label: `${depth}-deep nested objects`, body: `[${'{"a":'.repeat(depth)}1${"}".repeat(depth)}]` },
    { label: `${depth}-deep nested arrays in a multipart field`, body: multipart(boundary, { "0": "[".repeat(depth) + "]".repeat(depth) }), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } },
    { label: "900 kB string argument", body: JSON.stringify([{ email: "a".repeat(900_000) + "@example.com", password: "x" }]) },
    { label: "2 MB body with Content-Length", body: "[" + JSON.stringify("b".repeat(2 * 1024 * 1024)) + "]", expect4xx: true },
    { label: "2 MB body chunked (no Content-Length)", body: "[" + JSON.stringify("c".repeat(2 * 1024 * 1024)) + "]", chunked: true },
    { label: "self-referencing chunk", body: multipart(boundary, { "0": '["$@0"]' }), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } },
    { label: "reference to a missing chunk", body: multipart(boundary, { "0": '["$@99","$K7","$Q5","$B3"]' }), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } },
    {
      // The shape of the React2Shell payload (CVE-2025-55182): a vulnerable server would run
      // process.exit(77) (the probe then sees the server gone, exit code 77).
      label: "prototype-chain gadget (CVE-2025-55182 shape)",
      body: multipart(boundary, {
        "0": JSON.stringify({ then: "$1:__proto__:then", status: "resolved_model", reason: -1, value: '{"then":"$B1337"}', _response: { _prefix: "process.exit(77);", _chunks: "$Q2", _formData: { get: "$1:constructor:constructor" } } }),
        "1": '"$@0"',
        "2": "[]",
      }),
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    },
    { label: "__proto__ / constructor keys", body: '[{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"email":"a@b.c","password":"x"}]' },
    { label: "multipart without a boundary", body: "garbage", headers: { "content-type": "multipart/form-data" } },
    { label: "truncated JSON", body: '[{"email":"a@b.c","password":' },
    { label: "NUL bytes", body: '["\u0000\u0000",{"email":"a\u0000@b.c"}]' },
  ];
  const actionIds: Array<{ label: string; id: string }> = [
    { label: "unknown action id", id: "7f".repeat(21) },
    { label: "non-hex action id", id: "../../etc/passwd" },
    { label: "huge action id", id: "a".repeat(10_000) },
  ];

  const afterwards = async (target: string) => {
    const code = exited();
    if (code !== undefined && code !== null) {
      report.check("probe", target, false, `the server exited (code ${code})${code === 77 ? ": the gadget payload ran code (RCE)" : ""}`, "high");
      return false;
    }
    const probe = await health(base);
    report.check("probe", `${target}: health afterwards`, probe.ok && probe.ms < HEALTH_MS, probe.ok ? `next request took ${probe.ms} ms` : "health check failed afterwards", probe.ok ? "medium" : "high");
    return probe.ok;
  };

  for (const item of bodies) {
    const reply = await send(base, "/en/sign-in", { method: "POST", headers: actionHeaders(signIn, base, item.headers), body: item.body, chunked: item.chunked, timeoutMs: 30_000, label: `Flight: ${item.label}` });
    const target = `Server Action POST /en/sign-in: ${item.label}`;
    const statusOk = item.expect4xx ? reply.status >= 400 && reply.status < 500 : reply.status !== 0 && (reply.status < 500 || reply.status === 500);
    report.check("probe", target, statusOk && reply.ms < SLOW_MS, reply.error ? `no answer: ${reply.error} after ${reply.ms} ms` : `status ${reply.status} after ${reply.ms} ms`, reply.ms >= SLOW_MS ? "medium" : "medium");
    if (!(await afterwards(target))) return;
  }
  for (const item of actionIds) {
    const reply = await send(base, "/en/sign-in", { method: "POST", headers: actionHeaders(item.id, base), body: "[]", label: `Flight: ${item.label}` });
    report.check("probe", `Server Action POST: ${item.label}`, reply.status >= 400 && reply.status < 500 || reply.status === 500, `status ${reply.status}`, "medium");
    if (!(await afterwards(`Server Action POST: ${item.label}`))) return;
  }
  // A burst of malformed bodies in parallel, then a sane response time for a real page.
  await Promise.all(Array.from({ length: 20 }, () => send(base, "/en/sign-in", { method: "POST", headers: actionHeaders(signIn, base), body: "[".repeat(depth) + "]".repeat(depth) })));
  const page = await send(base, "/en/sign-in");
  report.check("probe", "sign-in page right after 20 parallel deep bodies", page.status === 200 && page.ms < 2000, `status ${page.status} after ${page.ms} ms`, "medium");
  await afterwards("20 parallel deep bodies");
}
