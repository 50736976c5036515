import { z } from "zod";
import { emailField } from "@/lib/auth/validation";
import { isCountryCode } from "@/lib/geo/countries";
import { locales } from "@/lib/i18n/config";
import { checkboxField, choiceField, errorKey, percentField, wholeRoublesField } from "@/lib/sez/fields";
import { COMPANY_SIZES, FINANCING_PROOF_TYPES, FINANCING_SOURCES, LEGAL_ENTITY_STATUSES, SECTORS } from "./constants";
import { isValidInn, isValidOgrn, phoneField, quantityField, quarterField, textField, websiteField, yearField } from "./fields";

/**
 * One zod schema per step of the residency form, shared by react-hook-form in
 * the browser and the server actions (which validate again). `.strict()`:
 * a field the form does not have (status, ownerId, …) is refused, not ignored.
 */

export const companySchema = z
  .object({
    legalName: textField("legalName", { max: 300 }),
    country: z
      .string({ error: errorKey("country", "required") })
      .min(1, errorKey("country", "required"))
      .refine(isCountryCode, errorKey("country", "invalid")),
    registrationNumber: textField("registrationNumber", { max: 100 }),
    website: websiteField("website"),
    sector: choiceField("sector", SECTORS),
    size: choiceField("size", COMPANY_SIZES),
    legalEntity: choiceField("legalEntity", LEGAL_ENTITY_STATUSES),
    inn: z.string().trim().max(20, errorKey("inn", "invalid")).default(""),
    ogrn: z.string().trim().max(20, errorKey("ogrn", "invalid")).default(""),
  })
  .strict()
  .superRefine((value, ctx) => {
    // INN and OGRN are asked only when the Russian entity already exists.
    if (value.legalEntity !== "exists") return;
    if (!isValidInn(value.inn)) ctx.addIssue({ code: "custom", path: ["inn"], message: errorKey("inn", value.inn ? "invalid" : "required") });
    if (!isValidOgrn(value.ogrn)) ctx.addIssue({ code: "custom", path: ["ogrn"], message: errorKey("ogrn", value.ogrn ? "invalid" : "required") });
  })
  .transform((value) => (value.legalEntity === "exists" ? value : { ...value, inn: "", ogrn: "" }));
export type CompanyStep = z.output<typeof companySchema>;

export const projectSchema = z
  .object({
    title: textField("title", { min: 3, max: 200 }),
    description: textField("description", { min: 50, max: 5000, multiline: true }),
    products: textField("products", { max: 1000, multiline: true }),
    landHa: quantityField("landHa", { max: 1000, optional: true }),
    premisesM2: quantityField("premisesM2", { max: 1_000_000, optional: true }),
    powerKw: quantityField("powerKw", { max: 1_000_000, optional: true }),
    waterM3PerDay: quantityField("waterM3PerDay", { max: 1_000_000, optional: true }),
    gasM3PerHour: quantityField("gasM3PerHour", { max: 1_000_000, optional: true }),
    jobs: quantityField("jobs", { max: 100_000, maxDecimals: 0 }),
    constructionYear: yearField("constructionYear"),
    constructionQuarter: quarterField("constructionQuarter"),
    productionYear: yearField("productionYear"),
    productionQuarter: quarterField("productionQuarter"),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.landHa === 0 && value.premisesM2 === 0) {
      ctx.addIssue({ code: "custom", path: ["landHa"], message: errorKey("landHa", "landOrPremises") });
    }
    if (value.productionYear * 4 + value.productionQuarter < value.constructionYear * 4 + value.constructionQuarter) {
      ctx.addIssue({ code: "custom", path: ["productionYear"], message: errorKey("productionYear", "beforeConstruction") });
    }
  });
export type ProjectStep = z.output<typeof projectSchema>;

export const investmentSchema = z
  .object({
    totalRub: wholeRoublesField("investment"),
    capitalSharePercent: percentField("capitalShare"),
    financingSource: choiceField("financingSource", FINANCING_SOURCES),
    financingProof: choiceField("financingProof", FINANCING_PROOF_TYPES),
  })
  .strict();
export type InvestmentStep = z.output<typeof investmentSchema>;

export const contactSchema = z
  .object({
    person: textField("person", { max: 200 }),
    position: textField("position", { max: 200 }),
    email: emailField,
    phone: phoneField("phone"),
    preferredLanguage: z.enum(locales as [string, ...string[]], { error: errorKey("preferredLanguage", "invalid") }),
    consent: checkboxField("consent").refine((value) => value, errorKey("consent", "required")),
  })
  .strict();
export type ContactStep = z.output<typeof contactSchema>;

export const stepSchemas = {
  company: companySchema,
  project: projectSchema,
  investment: investmentSchema,
  contact: contactSchema,
} as const;
export type DataStep = keyof typeof stepSchemas;
