import { figure } from "./sez-figure";
import { sourceIds } from "./sources";
import type { SezFigureSeed } from "./types";

// "Resident benefits": the official Lotus press release of 12 Jan 2023 unless noted.
// Rates change: every figure carries its source and date.

const release2023 = {
  sourceId: sourceIds.sezlotosRelease2023,
  sourceDate: "2023-01-12",
  sourceNote: "Resident benefits",
};

export const sezIncentiveFigures: SezFigureSeed[] = [
  figure({
    key: "profit-tax",
    category: "incentive",
    label: { en: "Profit tax", ru: "Налог на прибыль" },
    value: 2,
    unit: "percent",
    durationYears: 10,
    displayText: { en: "2% for 10 years, then 10%", ru: "2% в течение 10 лет, затем 10%" },
    status: "to_be_confirmed",
    statusNote: {
      en: "Russia's general profit tax rate rose to 25% on 1 January 2025; how the Lotus rate applies since then is not confirmed.",
      ru: "С 1 января 2025 года общая ставка налога на прибыль в России выросла до 25%; как с тех пор применяется ставка для резидентов «Лотоса», не подтверждено.",
    },
    sortOrder: 10,
    ...release2023,
  }),
  figure({
    key: "property-tax",
    category: "incentive",
    label: { en: "Property tax", ru: "Налог на имущество" },
    value: 0,
    unit: "percent",
    durationYears: 10,
    displayText: {
      en: "0% for 10 years (residents registered after 1 January 2023)",
      ru: "0% в течение 10 лет (для резидентов, зарегистрированных после 1 января 2023 года)",
    },
    sortOrder: 20,
    ...release2023,
  }),
  figure({
    key: "land-tax",
    category: "incentive",
    label: { en: "Land tax", ru: "Земельный налог" },
    value: 0,
    unit: "percent",
    durationYears: 5,
    displayText: { en: "0% for 5 years from ownership", ru: "0% в течение 5 лет с момента возникновения права собственности" },
    sortOrder: 30,
    ...release2023,
  }),
  figure({
    key: "transport-tax",
    category: "incentive",
    label: { en: "Transport tax", ru: "Транспортный налог" },
    value: 0,
    unit: "percent",
    // Left empty on purpose: 12 years (2023) and 10 years (2015) conflict.
    durationYears: null,
    displayText: {
      en: "0% for 12 years according to the 2023 release; a 2015 source says 10 years",
      ru: "0% в течение 12 лет по данным релиза 2023 года; источник 2015 года указывает 10 лет",
    },
    status: "conflicting",
    statusNote: {
      en: "Sources disagree on the exemption period: 12 years (2023) or 10 years (2015).",
      ru: "Источники расходятся в сроке льготы: 12 лет (2023) или 10 лет (2015).",
    },
    sortOrder: 40,
    ...release2023,
    otherSources: [{ sourceId: sourceIds.portnews2015, relation: "contradicts" }],
  }),
  figure({
    key: "free-customs-zone",
    category: "incentive",
    label: { en: "Free customs zone", ru: "Свободная таможенная зона" },
    displayText: {
      en: "Foreign goods placed and used in the zone are free of import duty and VAT; a customs post operates on site",
      ru: "Иностранные товары, размещаемые и используемые на территории зоны, освобождаются от ввозной пошлины и НДС; на площадке работает таможенный пост",
    },
    sortOrder: 50,
    ...release2023,
  }),
];
