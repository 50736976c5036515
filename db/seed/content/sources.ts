import type { SourceSeed } from "./types";

// The only two documents the content may draw on are in shared/sources; the
// web pages below are the ones the fact sheet cites, with the dates it gives.
// URLs are stored as the sheet gives them, with "https://" added so they can be linked.

const REGION_DOC = "astrakhan-international-cooperation.txt";
const FACT_SHEET = "lotus-sez-facts.md";

export const sourceIds = {
  regionDoc: "region-doc",
  factSheet: "sez-facts",
  sezlotosInvestor: "sez-facts/sezlotos-investor",
  caspGeo: "sez-facts/casp-geo",
  kaspyinfo: "sez-facts/kaspyinfo",
  portnewsOlya: "sez-facts/portnews-336924",
  minpromtorg: "sez-facts/minpromtorg-gbr",
  alabugaFaq: "sez-facts/alabuga-faq",
  russezResident: "sez-facts/russez-becoming-resident",
  sezlotosRelease2023: "sez-facts/sezlotos-press-2023",
  portnews2015: "sez-facts/portnews-comments-1979",
  portnewsResidents2024: "sez-facts/portnews-362318",
} as const;

export const sources: SourceSeed[] = [
  {
    id: sourceIds.regionDoc,
    title: {
      en: "Astrakhan region: cooperation with far abroad countries",
      ru: "Астраханская область: сотрудничество со странами дальнего зарубежья",
    },
    url: null,
    publishedOn: null,
    fileName: REGION_DOC,
  },
  {
    id: sourceIds.factSheet,
    title: { en: "Lotus SEZ fact sheet", ru: "Справка об ОЭЗ «Лотос»" },
    url: null,
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.sezlotosInvestor,
    title: { en: "SEZ Lotus: for investors (sezlotos.ru)", ru: "ОЭЗ «Лотос»: инвесторам (sezlotos.ru)" },
    url: "https://sezlotos.ru/en/investor/",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.caspGeo,
    title: { en: "casp-geo.ru", ru: "casp-geo.ru" },
    url: "https://casp-geo.ru/13856-2/",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.kaspyinfo,
    title: { en: "kaspyinfo.ru", ru: "kaspyinfo.ru" },
    url: "https://kaspyinfo.ru/news/gorod/19934",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.portnewsOlya,
    title: { en: "PortNews (en.portnews.ru)", ru: "PortNews (en.portnews.ru)" },
    url: "https://en.portnews.ru/news/336924/",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.minpromtorg,
    title: { en: "gbr.minpromtorg.gov.ru", ru: "gbr.minpromtorg.gov.ru" },
    url: "https://gbr.minpromtorg.gov.ru/",
    publishedOn: "2021-03-11",
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.alabugaFaq,
    title: {
      en: "uni.alabuga.ru FAQ, citing Government Decree No. 156 of 14 Feb 2024",
      ru: "Вопросы и ответы uni.alabuga.ru со ссылкой на постановление Правительства № 156 от 14.02.2024",
    },
    url: "https://uni.alabuga.ru/faq",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.russezResident,
    title: { en: "eng.russez.ru: becoming a resident", ru: "eng.russez.ru: как стать резидентом" },
    url: "https://eng.russez.ru/becoming_resident/",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.sezlotosRelease2023,
    title: {
      en: "SEZ Lotus press release: property tax exemptions changed for new Caspian Cluster residents",
      ru: "Пресс-релиз ОЭЗ «Лотос»: изменены льготы по налогу на имущество для новых резидентов Каспийского кластера",
    },
    url: "https://sezlotos.ru/en/press-center/property-tax-exemptions-changed-for-new-caspian-cluster-residents/",
    publishedOn: "2023-01-12",
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.portnews2015,
    title: { en: "PortNews comment (en.portnews.ru), 2015", ru: "Комментарий PortNews (en.portnews.ru), 2015" },
    url: "https://en.portnews.ru/comments/1979/",
    publishedOn: "2015",
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.portnewsResidents2024,
    title: { en: "PortNews (portnews.ru)", ru: "PortNews (portnews.ru)" },
    url: "https://portnews.ru/news/362318",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
];
