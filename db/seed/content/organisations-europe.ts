import { sourceIds } from "./sources";
import type { OrganisationSeed } from "./types";

const regionDoc = (paragraph: number, note = "") => ({
  sourceId: sourceIds.regionDoc,
  sourceNote: `para. ${paragraph}${note}`,
});

const italianAgriculture = (slug: string, name: string, sortOrder: number): OrganisationSeed => ({
  slug,
  partner: "italy",
  origin: "partner_country",
  sector: "agriculture",
  name: { en: name, ru: name },
  role: {
    en: "Italian partner of the region in the agricultural sector, one of its successful cooperation stories.",
    ru: "Итальянский партнёр региона в сельском хозяйстве, пример успешного сотрудничества.",
  },
  sortOrder,
  ...regionDoc(13),
});

export const europeanOrganisations: OrganisationSeed[] = [
  {
    slug: "karl-osse-society",
    partner: "germany",
    origin: "partner_country",
    sector: "charity",
    name: { en: "Karl Osse German Charity Society", ru: "Немецкое благотворительное общество имени Карла Оссе" },
    role: {
      en: "Continued cooperation with the society strengthens the region's ties with Germany; its founder and permanent chairman Wolf Bauer is an honorary citizen of the city of Astrakhan.",
      ru: "Продолжающееся сотрудничество с обществом укрепляет связи региона с Германией; его основатель и бессменный председатель Вольф Бауэр — почётный гражданин города Астрахани.",
    },
    sortOrder: 10,
    ...regionDoc(10),
  },
  {
    slug: "russian-centre-berlin",
    partner: "germany",
    origin: "russia",
    sector: "culture",
    name: { en: "Russian Centre for Science and Culture in Berlin", ru: "Российский дом науки и культуры в Берлине" },
    role: {
      en: "Hosted a large-scale presentation of the region, its investment potential and the Lotus SEZ, Days of Culture of Astrakhan region and presentations of the region's publishing projects; the region plans further joint projects.",
      ru: "Провёл масштабную презентацию региона, его инвестиционного потенциала и ОЭЗ «Лотос», Дни культуры Астраханской области и презентации издательских проектов региона; область намерена продолжать совместные проекты.",
    },
    sortOrder: 20,
    ...regionDoc(11),
  },
  {
    slug: "german-shipbuilding-association",
    partner: "germany",
    origin: "partner_country",
    sector: "industry_association",
    name: {
      en: "German Association of Shipbuilding and Marine Equipment",
      ru: "Германская ассоциация судостроения и морской техники",
    },
    role: {
      en: "Priority partner, together with German engineering companies, in promoting the region among German investors as future Lotus SEZ residents.",
      ru: "Приоритетный партнёр, наряду с немецкими машиностроительными компаниями, в продвижении региона среди немецких инвесторов как будущих резидентов ОЭЗ «Лотос».",
    },
    sortOrder: 30,
    ...regionDoc(12),
  },
  {
    slug: "krasnye-barrikady",
    partner: "italy",
    origin: "russia",
    sector: "shipbuilding",
    name: { en: "Krasnye Barrikady shipyard", ru: "Судостроительный завод «Красные Баррикады»" },
    role: {
      en: "Astrakhan shipbuilding plant that carried out orders of the Italian Agip group jointly with Rosetti Marino from 2010 to 2015.",
      ru: "Астраханский судостроительный завод, в 2010–2015 годах совместно с Rosetti Marino выполнявший заказы итальянской группы Agip.",
    },
    sortOrder: 10,
    ...regionDoc(13, ', spelled "Krasniy Barricady"'),
  },
  {
    slug: "rosetti-marino",
    partner: "italy",
    origin: "partner_country",
    sector: "shipbuilding",
    name: { en: "Rosetti Marino S.p.A.", ru: "Rosetti Marino S.p.A." },
    role: {
      en: "Italian company that carried out orders of the Agip group jointly with the Krasnye Barrikady shipyard from 2010 to 2015.",
      ru: "Итальянская компания, в 2010–2015 годах совместно с заводом «Красные Баррикады» выполнявшая заказы группы Agip.",
    },
    sortOrder: 20,
    ...regionDoc(13),
  },
  {
    slug: "agip",
    partner: "italy",
    origin: "partner_country",
    sector: "industry",
    name: { en: "Agip group of companies", ru: "Группа компаний Agip" },
    role: {
      en: "Italian group whose orders Krasnye Barrikady and Rosetti Marino carried out jointly from 2010 to 2015.",
      ru: "Итальянская группа, заказы которой в 2010–2015 годах совместно выполняли «Красные Баррикады» и Rosetti Marino.",
    },
    sortOrder: 30,
    ...regionDoc(13),
  },
  italianAgriculture("mts-sandei", "MTS Sandei S.r.l.", 40),
  italianAgriculture("rossi-catelli", "Rossi Catelli", 50),
  italianAgriculture("gaspardo", "Gaspardo", 60),
];
