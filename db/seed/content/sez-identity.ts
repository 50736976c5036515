import { figure } from "./sez-figure";
import { sourceIds } from "./sources";
import type { SezFigureSeed } from "./types";

// "Identity" and "Location" of the fact sheet. The sheet lists the identity
// sources for the whole block, so each identity figure cites all four.

const identitySources = {
  sourceId: sourceIds.sezlotosInvestor,
  sourceNote: "Identity",
  otherSources: [
    { sourceId: sourceIds.caspGeo, relation: "also_cited" as const },
    { sourceId: sourceIds.kaspyinfo, relation: "also_cited" as const },
    { sourceId: sourceIds.portnewsOlya, relation: "also_cited" as const },
  ],
};

const locationSources = {
  sourceId: sourceIds.sezlotosInvestor,
  sourceNote: "Location",
  otherSources: [{ sourceId: sourceIds.minpromtorg, relation: "also_cited" as const }],
};

export const sezIdentityFigures: SezFigureSeed[] = [
  figure({
    key: "sez-type",
    category: "identity",
    label: { en: "Zone type", ru: "Тип зоны" },
    displayText: {
      en: "Industrial-production special economic zone \"Lotus\", Astrakhan region, Russia",
      ru: "Особая экономическая зона промышленно-производственного типа «Лотос», Астраханская область, Россия",
    },
    sortOrder: 10,
    ...identitySources,
  }),
  figure({
    key: "creation-decree",
    category: "identity",
    label: { en: "Created by", ru: "Основание создания" },
    displayText: {
      en: "Russian Government Decree No. 1214 of 18 November 2014, under Federal Law No. 116-FZ \"On special economic zones\"",
      ru: "Постановление Правительства РФ № 1214 от 18 ноября 2014 года в соответствии с Федеральным законом № 116-ФЗ «Об особых экономических зонах»",
    },
    sortOrder: 20,
    ...identitySources,
  }),
  figure({
    key: "management-company",
    category: "identity",
    label: { en: "Management company", ru: "Управляющая компания" },
    displayText: { en: "JSC \"SEZ Lotus\", founded in April 2015", ru: "АО «ОЭЗ «Лотос», создано в апреле 2015 года" },
    sortOrder: 30,
    ...identitySources,
  }),
  figure({
    key: "governance",
    category: "identity",
    label: { en: "Who decides", ru: "Кто принимает решения" },
    displayText: {
      en: "Since 2016 the Astrakhan regional government holds the management powers. A regional expert council decides on resident status, a supervisory council chaired by the governor approves projects, and agreements are signed with the regional Ministry of Industry.",
      ru: "С 2016 года полномочия по управлению зоной принадлежат правительству Астраханской области. Решение о статусе резидента принимает региональный экспертный совет, проекты утверждает наблюдательный совет под председательством губернатора, соглашения заключаются с региональным министерством промышленности.",
    },
    sortOrder: 40,
    ...identitySources,
  }),
  figure({
    key: "port-sez-olya",
    category: "identity",
    label: { en: "Port SEZ near Olya (\"Caspian Cluster\")", ru: "Портовая ОЭЗ у порта Оля («Каспийский кластер»)" },
    value: 644,
    unit: "ha",
    displayText: {
      en: "644 ha in Limansky district, created by Decree No. 1792 of 7 November 2020; promoted together with Lotus as the \"Caspian Cluster\" since 2020",
      ru: "644 га в Лиманском районе, создана постановлением № 1792 от 7 ноября 2020 года; с 2020 года продвигается вместе с «Лотосом» как «Каспийский кластер»",
    },
    sortOrder: 50,
    ...identitySources,
  }),
  figure({
    key: "location",
    category: "location",
    label: { en: "Location", ru: "Расположение" },
    value: 40,
    unit: "km",
    qualifier: "about",
    displayText: {
      en: "Narimanovsky district, on the Volga, about 40 km from the city of Astrakhan",
      ru: "Наримановский район, на Волге, примерно в 40 км от Астрахани",
    },
    sourceDate: "2021-03-11",
    sortOrder: 10,
    ...locationSources,
  }),
  figure({
    key: "transport-corridors",
    category: "location",
    label: { en: "Transport links", ru: "Транспортные связи" },
    displayText: {
      en: "At the crossing of the International North–South Transport Corridor and the northern branch of the Great Silk Road; inputs can arrive by water",
      ru: "На пересечении международного транспортного коридора «Север — Юг» и северной ветви Великого шёлкового пути; сырьё и комплектующие можно доставлять водным путём",
    },
    sourceDate: "2021-03-11",
    sortOrder: 20,
    ...locationSources,
  }),
  figure({
    key: "area",
    category: "location",
    label: { en: "Area", ru: "Площадь" },
    displayText: {
      en: "9.8 km² (production zone 8.3 km²); 1,009 ha in the planning project; \"about 1,000 ha\" elsewhere",
      ru: "9,8 км² (производственная зона 8,3 км²); 1009 га в проекте планировки; «около 1000 га» в других источниках",
    },
    status: "conflicting",
    statusNote: {
      en: "Sources disagree on the area; all published figures are shown.",
      ru: "Источники расходятся в оценке площади; приведены все опубликованные значения.",
    },
    sortOrder: 30,
    sourceId: sourceIds.factSheet,
    sourceNote: "Location: Area",
  }),
];
