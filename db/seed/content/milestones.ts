import { sourceIds } from "./sources";
import type { MilestoneSeed } from "./types";

// Every dated event of the region's document. `highlight` marks the ones shown
// on the region overview's timeline; partner pages show all of theirs.

type Dated = Pick<MilestoneSeed, "year"> & Partial<Pick<MilestoneSeed, "yearTo" | "month" | "day" | "highlight">>;

const event = (
  key: string,
  partner: string | null,
  kind: MilestoneSeed["kind"],
  when: Dated,
  summary: MilestoneSeed["summary"],
  paragraph: number,
): MilestoneSeed => ({
  key,
  partner,
  kind,
  yearTo: null,
  month: null,
  day: null,
  highlight: false,
  ...when,
  summary,
  sourceId: sourceIds.regionDoc,
  sourceNote: `para. ${paragraph}`,
});

export const milestones: MilestoneSeed[] = [
  event("1993-iran-gilan-mazandaran", "iran", "relations", { year: 1993, yearTo: 1994, highlight: true }, {
    en: "First interregional ties with Iran: bilateral relations established with the provinces of Gilan and Mazandaran.",
    ru: "Первые межрегиональные связи с Ираном: установлены двусторонние отношения с провинциями Гилян и Мазендеран.",
  }, 4),
  event("2000-iran-golestan", "iran", "relations", { year: 2000 }, {
    en: "Bilateral relations established with the Iranian province of Golestan.",
    ru: "Установлены двусторонние отношения с иранской провинцией Голестан.",
  }, 4),
  event("2004-iran-hormozgan", "iran", "relations", { year: 2004 }, {
    en: "Bilateral relations established with the Iranian province of Hormozgan.",
    ru: "Установлены двусторонние отношения с иранской провинцией Хормозган.",
  }, 4),
  event("2005-iran-khorasan-isfahan", "iran", "relations", { year: 2005 }, {
    en: "Bilateral relations established with the Iranian provinces of Khorasan and Isfahan.",
    ru: "Установлены двусторонние отношения с иранскими провинциями Хорасан и Исфахан.",
  }, 4),
  event("2008-china-henan-agreement", "china", "agreement", { year: 2008, highlight: true }, {
    en: "Agreement between the Government of Astrakhan region and the People's Government of Henan province on trade and economic, scientific and technical, and cultural cooperation.",
    ru: "Соглашение между Правительством Астраханской области и Народным правительством провинции Хэнань о торгово-экономическом, научно-техническом и культурном сотрудничестве.",
  }, 5),
  event("2009-iran-ardabil-east-azerbaijan", "iran", "relations", { year: 2009 }, {
    en: "Bilateral relations established with the Iranian provinces of Ardabil and East Azerbaijan.",
    ru: "Установлены двусторонние отношения с иранскими провинциями Ардебиль и Восточный Азербайджан.",
  }, 4),
  event("2009-slovakia-honorary-consul", "slovakia", "appointment", { year: 2009, highlight: true }, {
    en: "An Honorary Consul of the Slovak Republic is appointed to Astrakhan to strengthen trade and economic ties.",
    ru: "В Астрахани назначен почётный консул Словацкой Республики для развития торгово-экономических связей.",
  }, 7),
  event("2010-iran-khuzestan", "iran", "relations", { year: 2010 }, {
    en: "Bilateral relations established with the Iranian province of Khuzestan.",
    ru: "Установлены двусторонние отношения с иранской провинцией Хузестан.",
  }, 4),
  event("2010-greece-cooperation-begins", "greece", "relations", { year: 2010, highlight: true }, {
    en: "Cooperation with Greece begins.",
    ru: "Начало сотрудничества с Грецией.",
  }, 8),
  event("2010-italy-agip-orders", "italy", "project", { year: 2010, yearTo: 2015 }, {
    en: "The Astrakhan shipyard Krasnye Barrikady and Italy's Rosetti Marino jointly carry out orders of the Agip group.",
    ru: "Астраханский завод «Красные Баррикады» и итальянская Rosetti Marino совместно выполняют заказы группы Agip.",
  }, 13),
  event("2012-slovakia-economic-protocol", "slovakia", "protocol", { year: 2012, highlight: true }, {
    en: "Protocol on economic cooperation signed between the Ministry of Economy of the Slovak Republic and the Government of Astrakhan region.",
    ru: "Подписан протокол об экономическом сотрудничестве между Министерством экономики Словацкой Республики и Правительством Астраханской области.",
  }, 7),
  event("2014-caspian-summit-zhilkin-rouhani", "iran", "meeting", { year: 2014, highlight: true }, {
    en: "During the IV Caspian Summit in Astrakhan, Governor Alexander Zhilkin meets Hassan Rouhani, President of the Islamic Republic of Iran.",
    ru: "В рамках IV Каспийского саммита в Астрахани губернатор Александр Жилкин встречается с Президентом Исламской Республики Иран Хасаном Рухани.",
  }, 4),
  event("2016-greece-stone-fruit-crops", "greece", "project", { year: 2016, yearTo: 2017 }, {
    en: "The first trial planting of Greek stone-fruit seedlings crops well in 2016 and 2017.",
    ru: "Первая опытная посадка греческих саженцев косточковых культур даёт хороший урожай в 2016 и 2017 годах.",
  }, 9),
  event("2017-10-iran-trade-house", "iran", "opening", { year: 2017, month: 10, highlight: true }, {
    en: "Iran's Trade House opens in Astrakhan to strengthen Russian-Iranian trade; 14 Iranian provinces are to have representation offices with it.",
    ru: "В Астрахани открывается Торговый дом Ирана для укрепления российско-иранской торговли; представительства при нём получат 14 провинций Ирана.",
  }, 4),
];
