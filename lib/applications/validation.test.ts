import { describe, expect, it } from "vitest";
import { isValidInn, isValidOgrn } from "./fields";
import { companySchema, contactSchema, investmentSchema, projectSchema } from "./validation";

const company = {
  legalName: "Van Dijk Agro B.V.", country: "NL", registrationNumber: "KvK 12345678", website: "",
  sector: "agro_food", size: "small", legalEntity: "will_register_in_municipality", inn: "", ogrn: "",
};
const errorsOf = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0] ?? "form"), issue.message]));

describe("company step", () => {
  it("accepts a complete company", () => expect(companySchema.safeParse(company).success).toBe(true));
  it("refuses javascript: and other non-http websites", () => {
    for (const website of ["javascript:alert(1)", "data:text/html,x", "ftp://x.example", "https://localhost"]) {
      expect(errorsOf(companySchema.safeParse({ ...company, website }))).toEqual({ website: "errors.website.invalid" });
    }
  });
  it("refuses a 1 MB company name and an unknown sector", () => {
    expect(errorsOf(companySchema.safeParse({ ...company, legalName: "x".repeat(1_000_000) }))).toEqual({ legalName: "errors.legalName.tooLong" });
    expect(errorsOf(companySchema.safeParse({ ...company, sector: "weapons" }))).toEqual({ sector: "errors.sector.invalid" });
  });
  it("refuses extra fields such as status or ownerId (no mass assignment)", () => {
    const result = companySchema.safeParse({ ...company, status: "approved", ownerId: "00000000-0000-0000-0000-000000000000" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe("unrecognized_keys");
  });
  it("asks for a valid INN and OGRN only when the Russian entity exists", () => {
    expect(errorsOf(companySchema.safeParse({ ...company, legalEntity: "exists" }))).toEqual({ inn: "errors.inn.required", ogrn: "errors.ogrn.required" });
    expect(errorsOf(companySchema.safeParse({ ...company, legalEntity: "exists", inn: "7707083894", ogrn: "1027700132196" }))).toEqual({ inn: "errors.inn.invalid", ogrn: "errors.ogrn.invalid" });
    expect(companySchema.safeParse({ ...company, legalEntity: "exists", inn: "7707083893", ogrn: "1027700132195" }).success).toBe(true);
  });
});

describe("check digits", () => {
  it("INN and OGRN of Sberbank verify; one changed digit does not", () => {
    expect(isValidInn("7707083893")).toBe(true);
    expect(isValidInn("7707083894")).toBe(false);
    expect(isValidOgrn("1027700132195")).toBe(true);
    expect(isValidOgrn("1027700132196")).toBe(false);
  });
});

describe("investment step: bad numbers posted directly", () => {
  const base = { totalRub: "150000000", capitalSharePercent: "60", financingSource: "own_funds", financingProof: "own_funds" };
  it.each([
    ["abc", "errors.investment.notANumber"],
    ["-1", "errors.investment.negative"],
    ["1e309", "errors.investment.notANumber"],
    ["1234567890123456789012345", "errors.investment.tooLarge"],
    ["NaN", "errors.investment.notANumber"],
  ])("totalRub %s → %s", (totalRub, key) => {
    expect(errorsOf(investmentSchema.safeParse({ ...base, totalRub }))).toEqual({ totalRub: key });
  });
  it("stores whole roubles as an integer", () => {
    expect(investmentSchema.parse({ ...base, totalRub: "2 300 000 000" }).totalRub).toBe(2_300_000_000);
  });
});

describe("project step", () => {
  const project = {
    title: "Greenhouse complex", description: "Hydroponic greenhouses for vegetables with a packing line for the regional market.", products: "Tomatoes",
    landHa: "", premisesM2: "", powerKw: "", waterM3PerDay: "", gasM3PerHour: "", jobs: "40",
    constructionYear: "2027", constructionQuarter: "3", productionYear: "2027", productionQuarter: "2",
  };
  it("needs land or premises, at least 50 characters of description, and production after construction", () => {
    expect(errorsOf(projectSchema.safeParse({ ...project, description: "Too short" }))).toMatchObject({ description: "errors.description.tooShort" });
    const errors = errorsOf(projectSchema.safeParse(project));
    expect(errors).toEqual({ landHa: "errors.landHa.landOrPremises", productionYear: "errors.productionYear.beforeConstruction" });
    expect(projectSchema.safeParse({ ...project, landHa: "3,5", productionYear: "2028" }).data?.landHa).toBe(3.5);
  });
});

describe("contact step", () => {
  const contact = { person: "Ahmad Rezaei", position: "Director", email: "a.rezaei@example.ir", phone: "+98 21 1234 5678", preferredLanguage: "en", consent: true };
  it("normalises the phone to international digits", () => expect(contactSchema.parse(contact).phone).toBe("+982112345678"));
  it("refuses a phone with a newline or without the country code, and a missing consent", () => {
    expect(errorsOf(contactSchema.safeParse({ ...contact, phone: "+98 21\n1234" }))).toEqual({ phone: "errors.phone.international" });
    expect(errorsOf(contactSchema.safeParse({ ...contact, phone: "021 1234 5678" }))).toEqual({ phone: "errors.phone.international" });
    expect(errorsOf(contactSchema.safeParse({ ...contact, consent: false }))).toEqual({ consent: "errors.consent.required" });
  });
});
