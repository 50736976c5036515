import { describe, expect, it } from "vitest";
import { checkEligibility, REASON_CODES } from "./eligibility";
import { eligibilitySchema, parseEligibilityFormData } from "./eligibility-schema";
import { emptyCheckState, runCheck, submittedValues } from "./check-state";
import { ELIGIBILITY_SOURCES, REASON_SOURCES, sourcesOf } from "./reason-sources";

const keys = Object.keys(eligibilitySchema.shape);

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe("runCheck", () => {
  it("returns the result and echoes the values on success", () => {
    const values = { investmentRub: "120000000", capitalSharePercent: "50", financingProof: "own_funds", legalEntity: "exists", sector: "shipbuilding" };
    const state = runCheck(form(values), keys, parseEligibilityFormData, checkEligibility);
    expect(state.values).toEqual(values);
    expect(state.fieldErrors).toEqual({});
    expect(state.result?.eligible).toBe(true);
  });

  it("keeps the input and returns error keys per field on failure", () => {
    const state = runCheck(form({ investmentRub: "abc" }), keys, parseEligibilityFormData, checkEligibility);
    expect(state.result).toBeNull();
    expect(state.values.investmentRub).toBe("abc");
    expect(state.values.sector).toBe("");
    expect(state.fieldErrors.investmentRub).toBe("errors.investment.notANumber");
    expect(state.fieldErrors.sector).toBe("errors.sector.required");
  });
});

describe("submittedValues / emptyCheckState", () => {
  it("truncates long values and blanks files", () => {
    const data = form({ a: "x".repeat(500) });
    data.set("b", new Blob(["file"]));
    expect(submittedValues(data, ["a", "b", "c"])).toEqual({ a: "x".repeat(64), b: "", c: "" });
    expect(emptyCheckState(["a"])).toEqual({ values: { a: "" }, fieldErrors: {}, result: null });
  });
});

describe("reason sources", () => {
  it("cites at least one source for every rule", () => {
    for (const code of REASON_CODES) expect(REASON_SOURCES[code].length).toBeGreaterThan(0);
    expect(sourcesOf([...REASON_CODES])).toEqual(["sezlotosInvestor", "decree156", "russez", "factSheet"]);
    expect(sourcesOf(["financing_proof"])).toEqual(["decree156"]);
  });

  it("cites the declared focus to the fact sheet, which gives it no source, not to the zone's site", () => {
    expect(REASON_SOURCES.sector_focus).toEqual(["factSheet"]);
    expect(ELIGIBILITY_SOURCES.factSheet).toBeNull();
  });
});
