import { sourceIds } from "./sources";
import type { RegionSeed } from "./types";

// Provinces and regions of partner countries with the year ties began (para. 4
// for Iran, 5 for China, 8 for Greece). Spellings follow common English usage;
// the source writes "Horasan" and "Houzestan".

const iranian = (
  slug: string,
  name: RegionSeed["name"],
  yearFrom: number,
  sortOrder: number,
  extra: Partial<RegionSeed> = {},
): RegionSeed => ({
  slug,
  partner: "iran",
  name,
  yearFrom,
  yearTo: null,
  tiesNote: null,
  sortOrder,
  sourceId: sourceIds.regionDoc,
  sourceNote: "para. 4",
  ...extra,
});

export const regions: RegionSeed[] = [
  iranian(
    "gilan",
    { en: "Gilan", ru: "Гилян", de: "Gilan", nl: "Gilan", ko: "길란", zh: "吉兰", fa: "گیلان" },
    1993,
    10,
    { yearTo: 1994 },
  ),
  iranian(
    "mazandaran",
    { en: "Mazandaran", ru: "Мазендеран", de: "Mazandaran", nl: "Mazandaran", ko: "마잔다란", zh: "马赞德兰", fa: "مازندران" },
    1993,
    20,
    { yearTo: 1994 },
  ),
  iranian(
    "golestan",
    { en: "Golestan", ru: "Голестан", de: "Golestan", nl: "Golestan", ko: "골레스탄", zh: "戈勒斯坦", fa: "گلستان" },
    2000,
    30,
  ),
  iranian(
    "hormozgan",
    { en: "Hormozgan", ru: "Хормозган", de: "Hormozgan", nl: "Hormozgan", ko: "호르모즈간", zh: "霍尔木兹甘", fa: "هرمزگان" },
    2004,
    40,
  ),
  iranian(
    "khorasan",
    { en: "Khorasan", ru: "Хорасан", de: "Chorasan", nl: "Khorasan", ko: "호라산", zh: "呼罗珊", fa: "خراسان" },
    2005,
    50,
    { sourceNote: 'para. 4, spelled "Horasan"' },
  ),
  iranian(
    "isfahan",
    { en: "Isfahan", ru: "Исфахан", de: "Isfahan", nl: "Isfahan", ko: "이스파한", zh: "伊斯法罕", fa: "اصفهان" },
    2005,
    60,
  ),
  iranian(
    "ardabil",
    { en: "Ardabil", ru: "Ардебиль", de: "Ardabil", nl: "Ardabil", ko: "아르다빌", zh: "阿尔达比勒", fa: "اردبیل" },
    2009,
    70,
  ),
  iranian(
    "east-azerbaijan",
    {
      en: "East Azerbaijan",
      ru: "Восточный Азербайджан",
      de: "Ost-Aserbaidschan",
      nl: "Oost-Azerbeidzjan",
      ko: "동아제르바이잔",
      zh: "东阿塞拜疆",
      fa: "آذربایجان شرقی",
    },
    2009,
    80,
  ),
  iranian(
    "khuzestan",
    { en: "Khuzestan", ru: "Хузестан", de: "Chuzestan", nl: "Khuzestan", ko: "후제스탄", zh: "胡齐斯坦", fa: "خوزستان" },
    2010,
    90,
    { sourceNote: 'para. 4, spelled "Houzestan"' },
  ),
  {
    slug: "henan",
    partner: "china",
    name: { en: "Henan", ru: "Хэнань", de: "Henan", nl: "Henan", ko: "허난", zh: "河南", fa: "هنان" },
    yearFrom: 2008,
    yearTo: null,
    tiesNote: {
      en: "Agreement on trade and economic, scientific and technical, and cultural cooperation",
      ru: "Соглашение о торгово-экономическом, научно-техническом и культурном сотрудничестве",
      de: "Abkommen über handelswirtschaftliche, wissenschaftlich-technische und kulturelle Zusammenarbeit",
      nl: "Overeenkomst over handelseconomische, wetenschappelijk-technische en culturele samenwerking",
      ko: "무역·경제, 과학·기술 및 문화 협력에 관한 협정",
      zh: "关于经贸、科技和文化合作的协议",
      fa: "موافقت‌نامه همکاری‌های تجاری و اقتصادی، علمی و فنی و فرهنگی",
    },
    sortOrder: 10,
    sourceId: sourceIds.regionDoc,
    sourceNote: "para. 5",
  },
  {
    slug: "central-macedonia",
    partner: "greece",
    name: {
      en: "Central Macedonia",
      ru: "Центральная Македония",
      de: "Zentralmakedonien",
      nl: "Centraal-Macedonië",
      ko: "중앙마케도니아",
      zh: "中马其顿",
      fa: "مقدونیه مرکزی",
    },
    // The source gives no year, only that cooperation began recently.
    yearFrom: null,
    yearTo: null,
    tiesNote: {
      en: "Cooperation recently initiated; its representatives regularly visit Astrakhan region",
      ru: "Сотрудничество начато недавно; представители провинции регулярно посещают Астраханскую область",
      de: "Zusammenarbeit vor Kurzem aufgenommen; Vertreter der Region besuchen regelmäßig das Gebiet Astrachan",
      nl: "Samenwerking onlangs gestart; vertegenwoordigers van de provincie bezoeken regelmatig de oblast Astrachan",
      ko: "최근 협력이 시작되었으며, 이 지역 대표들이 정기적으로 아스트라한주를 방문한다",
      zh: "合作近期启动；该大区代表定期访问阿斯特拉罕州",
      fa: "همکاری به‌تازگی آغاز شده است؛ نمایندگان این استان به‌طور منظم از استان آستاراخان دیدار می‌کنند",
    },
    sortOrder: 10,
    sourceId: sourceIds.regionDoc,
    sourceNote: "para. 8",
  },
];
