import { describe, expect, it } from "vitest";
import {
  checkEligibility,
  FINANCING_PROOF_TYPES,
  LEGAL_ENTITY_STATUSES,
  MIN_INVESTMENT_RUB,
  REASON_CODES,
  SECTORS,
  type EligibilityReason,
} from "./eligibility";
import { eligibilitySchema, parseEligibilityFormData, type EligibilityInput } from "./eligibility-schema";

const valid = {
  investmentRub: "120 000 000",
  capitalSharePercent: "60",
  financingProof: "own_funds",
  legalEntity: "exists",
  sector: "shipbuilding",
};

const input = (overrides: Partial<EligibilityInput> = {}): EligibilityInput => ({
  investmentRub: MIN_INVESTMENT_RUB,
  capitalSharePercent: 60,
  financingProof: "own_funds",
  legalEntity: "exists",
  sector: "shipbuilding",
  ...overrides,
});

const reason = (reasons: EligibilityReason[], code: string) => reasons.find((r) => r.code === code);

/** The field errors for one bad value, as the form would show them. */
function fieldErrors(field: keyof typeof valid, value: unknown) {
  const result = eligibilitySchema.safeParse({ ...valid, [field]: value });
  expect(result.success).toBe(false);
  return result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
}

describe("checkEligibility", () => {
  it("passes at exactly 120 million and reports every rule in a stable order", () => {
    const result = checkEligibility(input());
    expect(result.eligible).toBe(true);
    expect(result.reasons.map((r) => r.code)).toEqual([...REASON_CODES]);
    expect(result.reasons.every((r) => r.ok)).toBe(true);
  });

  it.each([119_999_999, 0])("blocks %i RUB", (investmentRub) => {
    const result = checkEligibility(input({ investmentRub }));
    expect(result.eligible).toBe(false);
    expect(reason(result.reasons, "min_investment")).toEqual({ code: "min_investment", ok: false, severity: "blocking" });
  });

  it.each(FINANCING_PROOF_TYPES)("financing proof %s", (financingProof) => {
    const result = checkEligibility(input({ financingProof }));
    expect(result.eligible).toBe(financingProof !== "none");
    expect(reason(result.reasons, "financing_proof")?.ok).toBe(financingProof !== "none");
  });

  const legalEntityCases = [
    ["exists", true, true],
    ["will_register_in_municipality", true, false],
    ["none", false, false],
  ] as const;
  it("covers every legal entity status", () => {
    expect(legalEntityCases.map(([status]) => status)).toEqual([...LEGAL_ENTITY_STATUSES]);
  });
  it.each(legalEntityCases)("legal entity %s: eligible=%s, local registration ok=%s", (legalEntity, eligible, local) => {
    const result = checkEligibility(input({ legalEntity }));
    expect(result.eligible).toBe(eligible);
    expect(reason(result.reasons, "local_registration")).toEqual({ code: "local_registration", ok: local, severity: "advisory" });
  });

  it.each(SECTORS)("sector %s never blocks; outside the focus it is advised", (sector) => {
    const result = checkEligibility(input({ sector }));
    const inFocus = ["shipbuilding", "machinery", "high_tech_manufacturing"].includes(sector);
    expect(result.eligible).toBe(true);
    expect(reason(result.reasons, "sector_focus")).toEqual({ code: "sector_focus", ok: inFocus, severity: "advisory" });
  });

  it("has no rule on the share of capital investment", () => {
    expect(checkEligibility(input({ capitalSharePercent: 0 })).eligible).toBe(true);
    expect(checkEligibility(input({ capitalSharePercent: 100 })).eligible).toBe(true);
  });
});

describe("eligibilitySchema", () => {
  it("parses form strings into clean values", () => {
    expect(eligibilitySchema.parse(valid)).toEqual(input());
    expect(eligibilitySchema.parse({ ...valid, investmentRub: "120,000,000", capitalSharePercent: "12,5" })).toMatchObject({
      investmentRub: 120_000_000,
      capitalSharePercent: 12.5,
    });
  });

  it.each([
    ["", "errors.investment.required"],
    [undefined, "errors.investment.required"],
    ["abc", "errors.investment.notANumber"],
    ["NaN", "errors.investment.notANumber"],
    ["1e3", "errors.investment.notANumber"],
    ["1e309", "errors.investment.notANumber"],
    ["-1", "errors.investment.negative"],
    ["120000000.5", "errors.investment.notWhole"],
    ["1,5", "errors.investment.notWhole"],
    ["1234567890123456", "errors.investment.tooLarge"],
    [true, "errors.investment.notANumber"],
  ])("investment %j → %s", (value, key) => {
    expect(fieldErrors("investmentRub", value)).toEqual([["investmentRub", key]]);
  });

  it.each([
    ["", "errors.capitalShare.required"],
    ["half", "errors.capitalShare.notANumber"],
    ["-1", "errors.capitalShare.outOfRange"],
    ["100.01", "errors.capitalShare.outOfRange"],
    ["33.333", "errors.capitalShare.tooPrecise"],
  ])("capital share %j → %s", (value, key) => {
    expect(fieldErrors("capitalSharePercent", value)).toEqual([["capitalSharePercent", key]]);
  });

  it.each([
    ["financingProof", "", "errors.financingProof.required"],
    ["financingProof", "loan_shark", "errors.financingProof.invalid"],
    ["legalEntity", undefined, "errors.legalEntity.required"],
    ["legalEntity", "foreign", "errors.legalEntity.invalid"],
    ["sector", "", "errors.sector.required"],
    ["sector", "mining", "errors.sector.invalid"],
  ] as const)("%s %j → %s", (field, value, key) => {
    expect(fieldErrors(field, value)).toEqual([[field, key]]);
  });

  it("validates FormData on the server, absent fields being required", () => {
    const formData = new FormData();
    formData.set("investmentRub", "119 999 999");
    formData.set("sector", "other");
    const result = parseEligibilityFormData(formData);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual([
      "errors.capitalShare.required",
      "errors.financingProof.required",
      "errors.legalEntity.required",
    ]);
  });
});
