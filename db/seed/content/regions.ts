import { sourceIds } from "./sources";
import type { RegionSeed } from "./types";

// Provinces and regions of partner countries with the year ties began (para. 4
// for Iran, 5 for China, 8 for Greece). Spellings follow common English usage;
// the source writes "Horasan" and "Houzestan".

const iranian = (
  slug: string,
  en: string,
  ru: string,
  yearFrom: number,
  sortOrder: number,
  extra: Partial<RegionSeed> = {},
): RegionSeed => ({
  slug,
  partner: "iran",
  name: { en, ru },
  yearFrom,
  yearTo: null,
  tiesNote: null,
  sortOrder,
  sourceId: sourceIds.regionDoc,
  sourceNote: "para. 4",
  ...extra,
});

export const regions: RegionSeed[] = [
  iranian("gilan", "Gilan", "Гилян", 1993, 10, { yearTo: 1994 }),
  iranian("mazandaran", "Mazandaran", "Мазендеран", 1993, 20, { yearTo: 1994 }),
  iranian("golestan", "Golestan", "Голестан", 2000, 30),
  iranian("hormozgan", "Hormozgan", "Хормозган", 2004, 40),
  iranian("khorasan", "Khorasan", "Хорасан", 2005, 50, { sourceNote: 'para. 4, spelled "Horasan"' }),
  iranian("isfahan", "Isfahan", "Исфахан", 2005, 60),
  iranian("ardabil", "Ardabil", "Ардебиль", 2009, 70),
  iranian("east-azerbaijan", "East Azerbaijan", "Восточный Азербайджан", 2009, 80),
  iranian("khuzestan", "Khuzestan", "Хузестан", 2010, 90, { sourceNote: 'para. 4, spelled "Houzestan"' }),
  {
    slug: "henan",
    partner: "china",
    name: { en: "Henan", ru: "Хэнань" },
    yearFrom: 2008,
    yearTo: null,
    tiesNote: {
      en: "Agreement on trade and economic, scientific and technical, and cultural cooperation",
      ru: "Соглашение о торгово-экономическом, научно-техническом и культурном сотрудничестве",
    },
    sortOrder: 10,
    sourceId: sourceIds.regionDoc,
    sourceNote: "para. 5",
  },
  {
    slug: "central-macedonia",
    partner: "greece",
    name: { en: "Central Macedonia", ru: "Центральная Македония" },
    // The source gives no year, only that cooperation began recently.
    yearFrom: null,
    yearTo: null,
    tiesNote: {
      en: "Cooperation recently initiated; its representatives regularly visit Astrakhan region",
      ru: "Сотрудничество начато недавно; представители провинции регулярно посещают Астраханскую область",
    },
    sortOrder: 10,
    sourceId: sourceIds.regionDoc,
    sourceNote: "para. 8",
  },
];
