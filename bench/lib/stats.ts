import { readFileSync } from "node:fs";

/** Percentile of a list of numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** One scenario's line in bench/results/latest.json. */
export interface ScenarioResult {
  name: string;
  figures: Record<string, unknown>;
  /** The figure compared with the target (e.g. the share of the ceiling), when there is one. */
  ratio?: number;
  target: string;
  met: boolean;
  notes?: string[];
}

/** Resident memory of a process and its children (`next start` may fork the server), in MB, from /proc. */
export function rssMb(pid: number): number {
  let kb = 0;
  try {
    kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    return kb / 1024 + children.reduce((sum, child) => sum + rssMb(Number(child)), 0);
  } catch {
    return kb / 1024;
  }
}
