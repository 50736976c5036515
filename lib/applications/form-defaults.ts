import type { Application } from "@/db/schema";
import type { Viewer } from "@/lib/auth/session";
import type { DataStep } from "./validation";

/** Stored step values as the strings inputs hold; sensible first values for an empty step. */
export function stepDefaults(application: Application, step: DataStep, viewer: Viewer): Record<string, unknown> {
  const stored = application[step] as Record<string, unknown> | null;
  if (stored) {
    return Object.fromEntries(Object.entries(stored).map(([key, value]) => [key, typeof value === "number" ? String(value) : value]));
  }
  switch (step) {
    case "company":
      return { legalName: "", country: application.country ?? "", registrationNumber: "", website: "", sector: "", size: "", legalEntity: "", inn: "", ogrn: "" };
    case "project":
      return {
        title: "", description: "", products: "", landHa: "", premisesM2: "", powerKw: "", waterM3PerDay: "", gasM3PerHour: "", jobs: "",
        constructionYear: "", constructionQuarter: "", productionYear: "", productionQuarter: "",
      };
    case "investment":
      return { totalRub: "", capitalSharePercent: "", financingSource: "", financingProof: "" };
    case "contact":
      return { person: viewer.name, position: "", email: viewer.email, phone: "", preferredLanguage: viewer.preferredLocale, consent: false };
  }
}
