import type { SourceSeed } from "./types";

// The only two documents the content may draw on are in shared/sources; the
// web pages below are the ones the fact sheet cites, each with the date the
// sheet gives for THAT source (none where it gives none). Neither document is
// dated: the region's says so in its title, with the latest event it mentions.
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

/** A site name or domain, written the same way in every locale. */
const sameInEveryLocale = (title: string) => ({ en: title, ru: title, de: title, nl: title, ko: title, zh: title, fa: title });

export const sources: SourceSeed[] = [
  {
    id: sourceIds.regionDoc,
    title: {
      en: "Astrakhan region: cooperation with far abroad countries (undated; the latest event it mentions is from October 2017)",
      ru: "Астраханская область: сотрудничество со странами дальнего зарубежья (без даты; последнее упомянутое событие — октябрь 2017 года)",
      de: "Gebiet Astrachan: Zusammenarbeit mit Ländern des fernen Auslands (undatiert; das jüngste genannte Ereignis ist vom Oktober 2017)",
      nl: "Oblast Astrachan: samenwerking met landen van het verre buitenland (ongedateerd; de laatst genoemde gebeurtenis is van oktober 2017)",
      ko: "아스트라한주: 원거리 해외 국가들과의 협력(작성일 없음, 언급된 가장 최근 사건은 2017년 10월)",
      zh: "阿斯特拉罕州：与远邻国家的合作（未注明日期；所述最近事件为2017年10月）",
      fa: "استان آستاراخان: همکاری با کشورهای خارج دور (بدون تاریخ؛ آخرین رویداد ذکرشده در آن مربوط به اکتبر 2017 است)",
    },
    url: null,
    publishedOn: null,
    fileName: REGION_DOC,
  },
  {
    id: sourceIds.factSheet,
    title: {
      en: "Lotus SEZ fact sheet",
      ru: "Справка об ОЭЗ «Лотос»",
      de: "Faktenblatt SWZ Lotus",
      nl: "Factsheet SEZ Lotus",
      ko: "로터스 경제특구 개요 자료",
      zh: "莲花经济特区概况资料",
      fa: "برگه اطلاعات منطقه ویژه اقتصادی لوتوس",
    },
    url: null,
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.sezlotosInvestor,
    title: {
      en: "SEZ Lotus: for investors (sezlotos.ru)",
      ru: "ОЭЗ «Лотос»: инвесторам (sezlotos.ru)",
      de: "SWZ Lotus: für Investoren (sezlotos.ru)",
      nl: "SEZ Lotus: voor investeerders (sezlotos.ru)",
      ko: "로터스 경제특구: 투자자 안내(sezlotos.ru)",
      zh: "莲花经济特区：投资者专栏（sezlotos.ru）",
      fa: "منطقه ویژه اقتصادی لوتوس: برای سرمایه‌گذاران (sezlotos.ru)",
    },
    url: "https://sezlotos.ru/en/investor/",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.caspGeo,
    title: sameInEveryLocale("casp-geo.ru"),
    url: "https://casp-geo.ru/13856-2/",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.kaspyinfo,
    title: sameInEveryLocale("kaspyinfo.ru"),
    url: "https://kaspyinfo.ru/news/gorod/19934",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.portnewsOlya,
    title: sameInEveryLocale("PortNews (en.portnews.ru)"),
    url: "https://en.portnews.ru/news/336924/",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.minpromtorg,
    title: sameInEveryLocale("gbr.minpromtorg.gov.ru"),
    url: "https://gbr.minpromtorg.gov.ru/",
    publishedOn: "2021-03-11",
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.alabugaFaq,
    title: {
      en: "uni.alabuga.ru FAQ, citing Government Decree No. 156 of 14 Feb 2024",
      ru: "Вопросы и ответы uni.alabuga.ru со ссылкой на постановление Правительства № 156 от 14.02.2024",
      de: "FAQ von uni.alabuga.ru unter Verweis auf die Regierungsverordnung Nr. 156 vom 14.02.2024",
      nl: "FAQ van uni.alabuga.ru, met verwijzing naar regeringsbesluit nr. 156 van 14 feb. 2024",
      ko: "uni.alabuga.ru 자주 묻는 질문(2024년 2월 14일자 정부 결정 제156호 인용)",
      zh: "uni.alabuga.ru常见问题（引用2024年2月14日第156号政府决议）",
      fa: "پرسش‌های متداول uni.alabuga.ru با استناد به مصوبه شماره 156 دولت مورخ 14 فوریه 2024",
    },
    url: "https://uni.alabuga.ru/faq",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.russezResident,
    title: {
      en: "eng.russez.ru: becoming a resident",
      ru: "eng.russez.ru: как стать резидентом",
      de: "eng.russez.ru: Resident werden",
      nl: "eng.russez.ru: resident worden",
      ko: "eng.russez.ru: 입주기업이 되는 방법",
      zh: "eng.russez.ru：如何成为入驻企业",
      fa: "eng.russez.ru: چگونه شرکت مستقر شویم",
    },
    url: "https://eng.russez.ru/becoming_resident/",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.sezlotosRelease2023,
    title: {
      en: "SEZ Lotus press release: property tax exemptions changed for new Caspian Cluster residents",
      ru: "Пресс-релиз ОЭЗ «Лотос»: изменены льготы по налогу на имущество для новых резидентов Каспийского кластера",
      de: "Pressemitteilung der SWZ Lotus: Vermögensteuerbefreiungen für neue Residenten des Kaspischen Clusters geändert",
      nl: "Persbericht van de SEZ Lotus: vrijstellingen van vermogensbelasting gewijzigd voor nieuwe residenten van de Kaspische Cluster",
      ko: "로터스 경제특구 보도자료: 카스피 클러스터 신규 입주기업의 재산세 감면 변경",
      zh: "莲花经济特区新闻稿：里海集群新入驻企业的财产税减免政策调整",
      fa: "اطلاعیه مطبوعاتی منطقه ویژه اقتصادی لوتوس: تغییر معافیت‌های مالیات بر اموال برای شرکت‌های تازه مستقر در خوشه خزر",
    },
    url: "https://sezlotos.ru/en/press-center/property-tax-exemptions-changed-for-new-caspian-cluster-residents/",
    publishedOn: "2023-01-12",
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.portnews2015,
    title: {
      en: "PortNews comment (en.portnews.ru), 2015",
      ru: "Комментарий PortNews (en.portnews.ru), 2015",
      de: "PortNews-Kommentar (en.portnews.ru), 2015",
      nl: "Commentaar van PortNews (en.portnews.ru), 2015",
      ko: "PortNews 논평(en.portnews.ru), 2015년",
      zh: "PortNews评论（en.portnews.ru），2015年",
      fa: "یادداشت PortNews (en.portnews.ru)، 2015",
    },
    url: "https://en.portnews.ru/comments/1979/",
    publishedOn: "2015",
    fileName: FACT_SHEET,
  },
  {
    id: sourceIds.portnewsResidents2024,
    title: sameInEveryLocale("PortNews (portnews.ru)"),
    url: "https://portnews.ru/news/362318",
    publishedOn: null,
    fileName: FACT_SHEET,
  },
];
