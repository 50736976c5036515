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
    de: "Vertretung des Außenministeriums Russlands",
    nl: "Vertegenwoordiging van het ministerie van Buitenlandse Zaken van Rusland",
    ko: "러시아 외무부 대표부",
    zh: "俄罗斯外交部代表处",
    fa: "دفتر نمایندگی وزارت امور خارجه روسیه",
  }, 10),
  hosted("iran-consulate-general", "consulate_general", "iran", {
    en: "Consulate General of the Islamic Republic of Iran",
    ru: "Генеральное консульство Исламской Республики Иран",
    de: "Generalkonsulat der Islamischen Republik Iran",
    nl: "Consulaat-generaal van de Islamitische Republiek Iran",
    ko: "이란 이슬람 공화국 총영사관",
    zh: "伊朗伊斯兰共和国总领事馆",
    fa: "سرکنسولگری جمهوری اسلامی ایران",
  }, 20),
  hosted("kazakhstan-consulate", "consulate", "kazakhstan", {
    en: "Consulate of the Republic of Kazakhstan",
    ru: "Консульство Республики Казахстан",
    de: "Konsulat der Republik Kasachstan",
    nl: "Consulaat van de Republiek Kazachstan",
    ko: "카자흐스탄 공화국 영사관",
    zh: "哈萨克斯坦共和国领事馆",
    fa: "کنسولگری جمهوری قزاقستان",
  }, 30),
  hosted("turkmenistan-consulate", "consulate", "turkmenistan", {
    en: "Consulate of Turkmenistan",
    ru: "Консульство Туркменистана",
    de: "Konsulat Turkmenistans",
    nl: "Consulaat van Turkmenistan",
    ko: "투르크메니스탄 영사관",
    zh: "土库曼斯坦领事馆",
    fa: "کنسولگری ترکمنستان",
  }, 40),
  hosted("slovakia-honorary-consulate", "honorary_consulate", "slovakia", {
    en: "Honorary Consulate of the Slovak Republic",
    ru: "Почётное консульство Словацкой Республики",
    de: "Honorarkonsulat der Slowakischen Republik",
    nl: "Honorair consulaat van de Slowaakse Republiek",
    ko: "슬로바키아 공화국 명예영사관",
    zh: "斯洛伐克共和国名誉领事馆",
    fa: "کنسولگری افتخاری جمهوری اسلواکی",
  }, 50),
];
