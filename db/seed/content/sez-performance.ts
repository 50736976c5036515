import { figure } from "./sez-figure";
import { sourceIds } from "./sources";
import type { SezFigureSeed } from "./types";

// "Sectors and residents (dated)" of the fact sheet.

const april2024 = {
  sourceId: sourceIds.portnewsResidents2024,
  sourceDate: "2024-04-01",
  sourceNote: "Sectors and residents: 1 Apr 2024",
};
const factSheet = { sourceId: sourceIds.factSheet, sourceNote: "Sectors and residents (dated)" };

export const sezPerformanceFigures: SezFigureSeed[] = [
  figure({
    key: "focus-sectors",
    category: "performance",
    label: { en: "Declared focus", ru: "Приоритетные отрасли" },
    displayText: {
      en: "Shipbuilding, mechanical engineering, high-tech manufacturing",
      ru: "Судостроение, машиностроение, высокотехнологичное производство",
    },
    sortOrder: 10,
    ...factSheet,
  }),
  figure({
    key: "residents-2024",
    category: "performance",
    label: { en: "Residents", ru: "Резиденты" },
    value: 16,
    unit: "count",
    displayText: { en: "16 (as of 1 April 2024)", ru: "16 (на 1 апреля 2024 года)" },
    sortOrder: 20,
    ...april2024,
  }),
  figure({
    key: "projects-value-2024",
    category: "performance",
    label: { en: "Value of resident projects", ru: "Объём проектов резидентов" },
    value: 28_000_000_000,
    unit: "RUB",
    qualifier: "more_than",
    displayText: { en: "Over 28 billion RUB (as of 1 April 2024)", ru: "Более 28 млрд рублей (на 1 апреля 2024 года)" },
    sortOrder: 30,
    ...april2024,
  }),
  figure({
    key: "invested-2024",
    category: "performance",
    label: { en: "Actually invested", ru: "Фактически вложено" },
    value: 5_240_000_000,
    unit: "RUB",
    displayText: { en: "5.24 billion RUB (as of 1 April 2024)", ru: "5,24 млрд рублей (на 1 апреля 2024 года)" },
    sortOrder: 40,
    ...april2024,
  }),
  figure({
    key: "jobs-2024",
    category: "performance",
    label: { en: "Jobs", ru: "Рабочие места" },
    value: 550,
    unit: "count",
    displayText: { en: "550 (as of 1 April 2024)", ru: "550 (на 1 апреля 2024 года)" },
    sortOrder: 50,
    ...april2024,
  }),
  figure({
    key: "example-marine-components",
    category: "performance",
    label: { en: "Example: marine components plant", ru: "Пример: завод судовых комплектующих" },
    value: 2_300_000_000,
    unit: "RUB",
    displayText: {
      en: "2.3 billion RUB, more than 150 jobs; resident since January 2026",
      ru: "2,3 млрд рублей, более 150 рабочих мест; резидент с января 2026 года",
    },
    sourceDate: "2026-01",
    sortOrder: 60,
    ...factSheet,
  }),
  figure({
    key: "example-golrang",
    category: "performance",
    label: { en: "Example: household chemicals plant", ru: "Пример: завод бытовой химии" },
    displayText: { en: "A plant of Iran's Golrang holding", ru: "Завод иранского холдинга Golrang" },
    sortOrder: 70,
    ...factSheet,
  }),
  figure({
    key: "foreign-participation-2021",
    category: "performance",
    label: { en: "Foreign participation (2021)", ru: "Иностранное участие (2021)" },
    displayText: { en: "Reported from Italy, Azerbaijan and Iran", ru: "Отмечено участие Италии, Азербайджана и Ирана" },
    sourceDate: "2021",
    sortOrder: 80,
    ...factSheet,
  }),
  figure({
    key: "foreign-interest-2015",
    category: "performance",
    label: { en: "Foreign interest (2015)", ru: "Интерес иностранных компаний (2015)" },
    displayText: {
      en: "Interest from China, the Netherlands, Germany and others",
      ru: "Интерес проявили Китай, Нидерланды, Германия и другие страны",
    },
    sourceDate: "2015",
    sortOrder: 90,
    ...factSheet,
  }),
];
