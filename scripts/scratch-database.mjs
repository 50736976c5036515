// A fresh PostgreSQL database for one run (the e2e suite, the benchmarks, the
// attack and fault runs), dropped at the end: no run relies on leftovers.
// Plain JavaScript so that scripts/test.mjs can use it without a TypeScript loader.
import postgres from "postgres";

/** The server the runs use: loopback, trust auth on this machine. */
export const ADMIN_URL =
  process.env.TEST_ADMIN_DATABASE_URL ?? process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export async function createScratchDatabase(prefix) {
  const name = `${prefix}_${Date.now().toString(36)}_${process.pid}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const cleanup = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}
