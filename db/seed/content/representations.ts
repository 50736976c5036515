import { sourceIds } from "./sources";
import type { RepresentationSeed } from "./types";

// Foreign and federal representations hosted in Astrakhan region (para. 2).

const hosted = (
  slug: string,
  kind: RepresentationSeed["kind"],
  partner: string | null,
  name: RepresentationSeed["name"],
  sortOrder: number,
): RepresentationSeed => ({ slug, kind, partner, name, sortOrder, sourceId: sourceIds.regionDoc, sourceNote: "para. 2" });

export const representations: RepresentationSeed[] = [
  hosted("russian-mfa-office", "mfa_office", null, {
    en: "Representation Office of the Ministry of Foreign Affairs of Russia",
    ru: "Представительство МИД России",
  }, 10),
  hosted("iran-consulate-general", "consulate_general", "iran", {
    en: "Consulate General of the Islamic Republic of Iran",
    ru: "Генеральное консульство Исламской Республики Иран",
  }, 20),
  hosted("kazakhstan-consulate", "consulate", "kazakhstan", {
    en: "Consulate of the Republic of Kazakhstan",
    ru: "Консульство Республики Казахстан",
  }, 30),
  hosted("turkmenistan-consulate", "consulate", "turkmenistan", {
    en: "Consulate of Turkmenistan",
    ru: "Консульство Туркменистана",
  }, 40),
  hosted("slovakia-honorary-consulate", "honorary_consulate", "slovakia", {
    en: "Honorary Consulate of the Slovak Republic",
    ru: "Почётное консульство Словацкой Республики",
  }, 50),
];
