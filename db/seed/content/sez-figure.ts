import type { SezFigureSeed } from "./types";

type Required = Pick<SezFigureSeed, "key" | "category" | "label" | "displayText" | "sortOrder" | "sourceId">;

/** A confirmed figure without a number unless the fields say otherwise. */
export function figure(fields: Required & Partial<SezFigureSeed>): SezFigureSeed {
  return {
    value: null,
    unit: null,
    qualifier: "exact",
    durationYears: null,
    status: "confirmed",
    statusNote: null,
    sourceDate: null,
    sourceNote: null,
    otherSources: [],
    ...fields,
  };
}
