import { sourceIds } from "./sources";
import type { RegionFactSeed } from "./types";

// Key figures of the region's ties with Iran, worded as the source states them.

export const regionFacts: RegionFactSeed[] = [
  {
    key: "iran-trade-share",
    partner: "iran",
    label: {
      en: "Iran's share of the region's foreign trade in recent years",
      ru: "Доля Ирана во внешней торговле области в последние годы",
    },
    value: null,
    qualifier: "exact",
    displayValue: { en: "The largest", ru: "Наибольшая" },
    sortOrder: 10,
    sourceId: sourceIds.regionDoc,
    sourceNote: "para. 3",
  },
  {
    key: "companies-with-iranian-investment",
    partner: "iran",
    label: { en: "Companies with Iranian investment", ru: "Предприятия с иранскими инвестициями" },
    value: 175,
    qualifier: "about",
    displayValue: { en: "About 175", ru: "Около 175" },
    sortOrder: 20,
    sourceId: sourceIds.regionDoc,
    sourceNote: "para. 3",
  },
  {
    key: "agreements-with-iranian-provinces",
    partner: "iran",
    label: {
      en: "Agreements and protocols signed with Iranian provinces",
      ru: "Соглашения и протоколы, подписанные с провинциями Ирана",
    },
    value: 20,
    qualifier: "more_than",
    displayValue: { en: "More than 20", ru: "Более 20" },
    sortOrder: 30,
    sourceId: sourceIds.regionDoc,
    sourceNote: "para. 4",
  },
  {
    key: "trade-house-provinces",
    partner: "iran",
    label: {
      en: "Iranian provinces to have representation offices with the Trade House",
      ru: "Провинции Ирана, которые получат представительства при Торговом доме",
    },
    value: 14,
    qualifier: "exact",
    displayValue: { en: "14", ru: "14" },
    sortOrder: 40,
    sourceId: sourceIds.regionDoc,
    sourceNote: "para. 4",
  },
];
