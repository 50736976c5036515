import { sourceIds } from "./sources";
import type { PartnerSeed } from "./types";

// One partner per country named in the region's document. ISO numeric codes are
// zero-padded like world-atlas ids (Bahrain, "048", only exists at 50m detail).
// Stage: established = agreements or a long record; developing = active, growing;
// prospective = interest shown or cooperation being considered.

const from = (paragraph: number) => ({ sourceId: sourceIds.regionDoc, sourceNote: `para. ${paragraph}` });

/** Caspian, Asian and Gulf partners; European ones are in partners-europe.ts. */
export const partnersOutsideEurope: PartnerSeed[] = [
  {
    slug: "iran",
    isoAlpha2: "IR",
    isoNumeric: "364",
    group: "caspian",
    stage: "established",
    spheres: ["trade", "investment", "humanitarian"],
    name: { en: "Iran", ru: "Иран" },
    summary: {
      en: "Iran has had the largest share of Astrakhan region's foreign trade in recent years, and about 175 companies in the region have Iranian investment. Ties with Iranian provinces date from the 1990s and are backed by more than 20 agreements and protocols. Iran's Trade House opened in Astrakhan in October 2017.",
      ru: "В последние годы на Иран приходится наибольшая доля внешней торговли Астраханской области, а в регионе работают около 175 предприятий с иранскими инвестициями. Связи с провинциями Ирана складываются с 1990-х годов и закреплены более чем 20 соглашениями и протоколами. В октябре 2017 года в Астрахани открылся Торговый дом Ирана.",
    },
    sortOrder: 10,
    ...from(3),
  },
  {
    slug: "kazakhstan",
    isoAlpha2: "KZ",
    isoNumeric: "398",
    group: "caspian",
    stage: "established",
    spheres: [],
    name: { en: "Kazakhstan", ru: "Казахстан" },
    summary: {
      en: "Kazakhstan is one of the Caspian states with which the region first of all maintains its historical relations. The region hosts the Consulate of the Republic of Kazakhstan.",
      ru: "Казахстан входит в число прикаспийских государств, с которыми регион в первую очередь поддерживает исторически сложившиеся связи. В области работает Консульство Республики Казахстан.",
    },
    sortOrder: 20,
    ...from(2),
  },
  {
    slug: "turkmenistan",
    isoAlpha2: "TM",
    isoNumeric: "795",
    group: "caspian",
    stage: "established",
    spheres: [],
    name: { en: "Turkmenistan", ru: "Туркменистан" },
    summary: {
      en: "Turkmenistan is one of the Caspian states with which the region first of all maintains its historical relations. The region hosts the Consulate of Turkmenistan.",
      ru: "Туркменистан входит в число прикаспийских государств, с которыми регион в первую очередь поддерживает исторически сложившиеся связи. В области работает Консульство Туркменистана.",
    },
    sortOrder: 30,
    ...from(2),
  },
  {
    slug: "china",
    isoAlpha2: "CN",
    isoNumeric: "156",
    group: "asia",
    stage: "developing",
    spheres: ["trade", "science", "culture"],
    name: { en: "China", ru: "Китай" },
    summary: {
      en: "Cooperation with China is developing dynamically. In 2008 the Government of Astrakhan region and the People's Government of Henan province signed an agreement on trade and economic, scientific and technical, and cultural cooperation. Partnerships with other Chinese regions are gradually taking shape.",
      ru: "Сотрудничество с Китаем динамично развивается. В 2008 году Правительство Астраханской области и Народное правительство провинции Хэнань подписали соглашение о торгово-экономическом, научно-техническом и культурном сотрудничестве. Постепенно складываются партнёрские отношения и с другими регионами Китая.",
    },
    sortOrder: 40,
    ...from(5),
  },
  {
    slug: "japan",
    isoAlpha2: "JP",
    isoNumeric: "392",
    group: "asia",
    stage: "prospective",
    spheres: ["investment"],
    name: { en: "Japan", ru: "Япония" },
    summary: {
      en: "Japan is one of the Asian countries that opened new prospects for cooperation. Japanese partners have shown continued interest in starting business in Astrakhan region.",
      ru: "Япония — одна из азиатских стран, с которыми открылись новые перспективы сотрудничества. Японские партнёры проявляют устойчивый интерес к ведению бизнеса в Астраханской области.",
    },
    sortOrder: 50,
    ...from(15),
  },
  {
    slug: "south-korea",
    isoAlpha2: "KR",
    isoNumeric: "410",
    group: "asia",
    stage: "prospective",
    spheres: ["investment"],
    name: { en: "South Korea", ru: "Южная Корея" },
    summary: {
      en: "South Korea has shown continued interest in starting business in Astrakhan region. A presentation of the region at the Embassy of South Korea in Moscow began business relations between South Korean companies, the regional government and the Lotus SEZ, which hopes to welcome more South Korean residents.",
      ru: "Южная Корея проявляет устойчивый интерес к ведению бизнеса в Астраханской области. Презентация региона в Посольстве Республики Корея в Москве положила начало деловым отношениям южнокорейских компаний с правительством области и ОЭЗ «Лотос», которая рассчитывает привлечь больше резидентов из Южной Кореи.",
    },
    sortOrder: 60,
    ...from(15),
  },
  {
    slug: "bahrain",
    isoAlpha2: "BH",
    isoNumeric: "048",
    group: "gulf",
    stage: "prospective",
    spheres: [],
    name: { en: "Bahrain", ru: "Бахрейн" },
    summary: {
      en: "Bahrain is one of the Gulf countries with which the regional government is considering starting cooperation.",
      ru: "Бахрейн — одна из стран Персидского залива, с которыми правительство области рассматривает возможность начать сотрудничество.",
    },
    sortOrder: 120,
    ...from(16),
  },
  {
    slug: "oman",
    isoAlpha2: "OM",
    isoNumeric: "512",
    group: "gulf",
    stage: "prospective",
    spheres: [],
    name: { en: "Oman", ru: "Оман" },
    summary: {
      en: "Oman is one of the Gulf countries with which the regional government is considering starting cooperation.",
      ru: "Оман — одна из стран Персидского залива, с которыми правительство области рассматривает возможность начать сотрудничество.",
    },
    sortOrder: 130,
    ...from(16),
  },
];
