import { sourceIds } from "./sources";
import type { OrganisationSeed } from "./types";

// Every organisation the region's document names, with the partner it belongs to.
// Russian organisations working with a partner (the Astrakhan shipyard, the
// Russian centre in Berlin) are attached to that partner with origin "russia".

const regionDoc = (paragraph: number, note = "") => ({
  sourceId: sourceIds.regionDoc,
  sourceNote: `para. ${paragraph}${note}`,
});

export const organisations: OrganisationSeed[] = [
  {
    slug: "iran-trade-house",
    partner: "iran",
    origin: "partner_country",
    sector: "trade_promotion",
    name: { en: "Iran's Trade House", ru: "Торговый дом Ирана" },
    role: {
      en: "Opened in Astrakhan in October 2017 to strengthen Russian-Iranian trade; 14 Iranian provinces are to have representation offices with it.",
      ru: "Открыт в Астрахани в октябре 2017 года для укрепления российско-иранской торговли; представительства при нём получат 14 провинций Ирана.",
    },
    sortOrder: 10,
    ...regionDoc(4),
  },
  {
    slug: "golrang",
    partner: "iran",
    origin: "partner_country",
    sector: "industry",
    name: { en: "Golrang holding", ru: "Холдинг Golrang" },
    role: {
      en: "Iranian holding whose household chemicals plant is an example of a Lotus SEZ resident project.",
      ru: "Иранский холдинг, завод бытовой химии которого приводится в пример среди проектов резидентов ОЭЗ «Лотос».",
    },
    sortOrder: 20,
    sourceId: sourceIds.factSheet,
    sourceNote: "Sectors and residents (dated)",
  },
  {
    slug: "henan-peoples-government",
    partner: "china",
    origin: "partner_country",
    sector: "government",
    name: { en: "People's Government of Henan province", ru: "Народное правительство провинции Хэнань" },
    role: {
      en: "Signed the 2008 agreement with the Government of Astrakhan region on trade and economic, scientific and technical, and cultural cooperation.",
      ru: "Подписало в 2008 году с Правительством Астраханской области соглашение о торгово-экономическом, научно-техническом и культурном сотрудничестве.",
    },
    sortOrder: 10,
    ...regionDoc(5),
  },
  {
    slug: "slovak-ministry-of-economy",
    partner: "slovakia",
    origin: "partner_country",
    sector: "government",
    name: { en: "Ministry of Economy of the Slovak Republic", ru: "Министерство экономики Словацкой Республики" },
    role: {
      en: "Signed the 2012 protocol on economic cooperation with the Government of Astrakhan region.",
      ru: "Подписало в 2012 году протокол об экономическом сотрудничестве с Правительством Астраханской области.",
    },
    sortOrder: 10,
    ...regionDoc(7),
  },
  {
    slug: "korean-embassy-moscow",
    partner: "south-korea",
    origin: "partner_country",
    sector: "diplomatic",
    name: { en: "Embassy of South Korea in Moscow", ru: "Посольство Республики Корея в Москве" },
    role: {
      en: "Hosted the presentation of Astrakhan region that began business relations between South Korean companies, the regional government and the Lotus SEZ.",
      ru: "Здесь прошла презентация Астраханской области, положившая начало деловым отношениям южнокорейских компаний с правительством области и ОЭЗ «Лотос».",
    },
    sortOrder: 10,
    ...regionDoc(15),
  },
];
