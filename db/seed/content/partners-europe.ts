import { sourceIds } from "./sources";
import type { PartnerSeed } from "./types";

const from = (paragraph: number) => ({ sourceId: sourceIds.regionDoc, sourceNote: `para. ${paragraph}` });

export const europeanPartners: PartnerSeed[] = [
  {
    slug: "slovakia",
    isoAlpha2: "SK",
    isoNumeric: "703",
    group: "europe",
    stage: "established",
    spheres: ["trade", "humanitarian", "culture", "education", "science"],
    name: { en: "Slovakia", ru: "Словакия" },
    summary: {
      en: "Cooperation with Slovakia is the showcase among the region's bilateral contacts. An Honorary Consul of the Slovak Republic was appointed to Astrakhan in 2009, and in 2012 the Slovak Ministry of Economy and the Government of Astrakhan region signed a protocol on economic cooperation. Joint contacts and projects span the economic and humanitarian spheres, culture, education and science in particular.",
      ru: "Сотрудничество со Словакией — образцовое среди двусторонних связей региона. В 2009 году в Астрахани был назначен почётный консул Словацкой Республики, а в 2012 году Министерство экономики Словакии и Правительство Астраханской области подписали протокол об экономическом сотрудничестве. Совместные контакты и проекты охватывают экономическую и гуманитарную сферы, прежде всего культуру, образование и науку.",
    },
    sortOrder: 70,
    ...from(7),
  },
  {
    slug: "greece",
    isoAlpha2: "GR",
    isoNumeric: "300",
    group: "europe",
    stage: "developing",
    spheres: ["agriculture"],
    name: { en: "Greece", ru: "Греция" },
    summary: {
      en: "Cooperation with Greece began in 2010 and is developing at both the interregional and business levels; ties with the province of Central Macedonia were initiated recently. Agricultural projects include intensive gardens, hydroponic greenhouses and cotton fields. Greek stone-fruit seedlings planted on trial in the region cropped well in 2016 and 2017.",
      ru: "Сотрудничество с Грецией началось в 2010 году и развивается как на межрегиональном, так и на деловом уровне; недавно начаты контакты с провинцией Центральная Македония. Среди сельскохозяйственных проектов — сады интенсивного типа, гидропонные теплицы и хлопковые поля. Греческие саженцы косточковых культур, высаженные в регионе в качестве опыта, дали хороший урожай в 2016 и 2017 годах.",
    },
    sortOrder: 80,
    ...from(8),
  },
  {
    slug: "germany",
    isoAlpha2: "DE",
    isoNumeric: "276",
    group: "europe",
    stage: "developing",
    spheres: ["trade", "investment", "shipbuilding", "culture", "humanitarian"],
    name: { en: "Germany", ru: "Германия" },
    summary: {
      en: "Ties with Germany grow through exchanges of business missions and continued cooperation with the Karl Osse German Charity Society. The Russian Centre for Science and Culture in Berlin has hosted presentations of the region and the Lotus SEZ and Days of Culture of Astrakhan region. In the economy, the region works with engineering companies and the German Association of Shipbuilding and Marine Equipment to attract German investors to the Lotus SEZ.",
      ru: "Связи с Германией укрепляются благодаря обмену деловыми миссиями и продолжающемуся сотрудничеству с Немецким благотворительным обществом имени Карла Оссе. Российский дом науки и культуры в Берлине проводил презентации региона и ОЭЗ «Лотос», а также Дни культуры Астраханской области. В экономике регион работает с машиностроительными компаниями и Германской ассоциацией судостроения и морской техники, чтобы привлечь немецких инвесторов в ОЭЗ «Лотос».",
    },
    sortOrder: 90,
    ...from(10),
  },
  {
    slug: "italy",
    isoAlpha2: "IT",
    isoNumeric: "380",
    group: "europe",
    stage: "established",
    spheres: ["shipbuilding", "agriculture", "culture"],
    name: { en: "Italy", ru: "Италия" },
    summary: {
      en: "The region has recently stepped up its earlier ties with Italian regional partners and businesses. From 2010 to 2015 the Astrakhan shipyard Krasnye Barrikady and Rosetti Marino jointly carried out orders for the Italian Agip group. Cooperation with MTS Sandei, Rossi Catelli and Gaspardo in agriculture and many cultural projects are counted among the success stories.",
      ru: "В последние годы регион активизировал ранее начатые связи с итальянскими регионами и деловыми кругами. В 2010–2015 годах астраханский завод «Красные Баррикады» и компания Rosetti Marino совместно выполняли заказы итальянской группы Agip. Сотрудничество с MTS Sandei, Rossi Catelli и Gaspardo в сельском хозяйстве и многочисленные культурные проекты стали примерами успешного партнёрства.",
    },
    sortOrder: 100,
    ...from(13),
  },
  {
    slug: "netherlands",
    isoAlpha2: "NL",
    isoNumeric: "528",
    group: "europe",
    stage: "developing",
    spheres: ["shipbuilding", "agriculture", "investment"],
    name: { en: "Netherlands", ru: "Нидерланды" },
    summary: {
      en: "The region keeps business contacts with Dutch partners in shipbuilding and agro-industrial production. The two sides continue joint projects and investment cooperation, including in the Lotus SEZ.",
      ru: "Регион поддерживает деловые контакты с нидерландскими партнёрами в судостроении и агропромышленном производстве. Стороны продолжают совместные проекты и инвестиционное сотрудничество, в том числе в ОЭЗ «Лотос».",
    },
    sortOrder: 110,
    ...from(14),
  },
];
