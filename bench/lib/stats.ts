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
