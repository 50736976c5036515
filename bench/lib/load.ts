import autocannon, { type Options, type Result } from "autocannon";
import { round } from "./stats";

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  ok: number;
  other: number;
  errors: number;
}

export function figuresOf(result: Result): LoadFigures {
  return {
    requestsPerSecond: round(result.requests.average),
    p50Ms: round(result.latency.p50, 2),
    p99Ms: round(result.latency.p99, 2),
    ok: result["2xx"],
    other: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** A short warm-up (JIT, caches, connection pools), then the measured run. */
export async function measure(options: Options, seconds: number, warmupSeconds = 2): Promise<LoadFigures> {
  if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds, amount: undefined });
  return figuresOf(await autocannon({ ...options, duration: seconds }));
}
