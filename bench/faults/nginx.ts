import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sleep } from "./harness";

export interface Nginx {
  url: string;
  dir: string;
  child: ChildProcess;
  /** Upstream address → responses it gave (from the access log). */
  upstreams(): Map<string, number>;
  stop(): Promise<void>;
}

export function nginxAvailable(): boolean {
  return spawnSync("which", ["nginx"]).status === 0;
}

/**
 * nginx as the portal's reverse proxy, in a temporary prefix of its own
 * (config, pid, logs, temp files), in the foreground so the run owns it.
 * Submissions are idempotent, so a POST that failed on one upstream may be
 * passed to the next (non_idempotent): the client sees one answer either way.
 */
export async function startNginx(port: number, upstreams: number[]): Promise<Nginx> {
  const dir = mkdtempSync(path.join(tmpdir(), "lotus-nginx-"));
  chmodSync(dir, 0o755); // worker processes (not root) create their temp dirs here
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '$status|$upstream_addr|$upstream_status';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream lotus {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://lotus;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # $http_host, not $host: keeps the port of this loopback listener, which
      # the Origin check of server actions compares with (on :443 they agree).
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout non_idempotent;
      proxy_connect_timeout 2s;
      proxy_read_timeout 20s;
    }
  }
}
`,
  );
  const test = spawnSync("nginx", ["-t", "-q", "-c", conf, "-p", dir, "-e", `${dir}/error.log`], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx -t failed: ${test.stderr}`);
  const child = spawn("nginx", ["-c", conf, "-p", dir, "-e", `${dir}/error.log`], { stdio: "inherit" });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (waited > 5000 || child.exitCode !== null) throw new Error(`nginx did not listen on ${url}: ${readFileSync(`${dir}/error.log`, "utf8")}`);
      await sleep(100);
    }
  }
  return {
    url,
    dir,
    child,
    upstreams() {
      const counts = new Map<string, number>();
      for (const line of readFileSync(`${dir}/access.log`, "utf8").split("\n")) {
        const upstream = line.split("|")[1];
        // "a, b": the first upstream failed and nginx passed the request on.
        const key = upstream?.includes(",") ? `${upstream} (passed on)` : upstream;
        if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGQUIT"); // graceful: finish what is in flight
        await Promise.race([exited, sleep(3000)]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      copyFileSync(`${dir}/error.log`, `/tmp/lotus-fault-nginx-error-${process.pid}.log`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
