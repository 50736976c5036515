import { companySchema, contactSchema, investmentSchema, projectSchema } from "@/lib/applications/validation";

/**
 * One complete, valid application as the four step schemas output it: for
 * integration tests and for the drafts the load and fault runs submit.
 * 119,999,999 RUB is just below the investment threshold (flagged, accepted).
 */
export const sampleSteps = {
  company: companySchema.parse({
    legalName: "Hanbit Marine Co., Ltd.", country: "KR", registrationNumber: "110111-1234567", website: "https://hanbit.example",
    sector: "shipbuilding", size: "large", legalEntity: "will_register_in_municipality", inn: "", ogrn: "",
  }),
  project: projectSchema.parse({
    title: "Hull block fabrication", description: "Fabrication of hull blocks for river-sea vessels built on the Volga and the Caspian Sea.",
    products: "Hull blocks", landHa: "12", premisesM2: "", powerKw: "3000", waterM3PerDay: "40", gasM3PerHour: "", jobs: "220",
    constructionYear: "2027", constructionQuarter: "1", productionYear: "2028", productionQuarter: "4",
  }),
  investment: investmentSchema.parse({ totalRub: "119 999 999", capitalSharePercent: "75", financingSource: "bank_loan", financingProof: "bank_letter" }),
  contact: contactSchema.parse({ person: "Kim Ji-woo", position: "CFO", email: "kim@hanbit.example", phone: "+82 2 1234 5678", preferredLanguage: "en", consent: true }),
};
