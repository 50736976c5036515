import { figure } from "./sez-figure";
import { sourceIds } from "./sources";
import type { SezFigureSeed } from "./types";

// "Becoming a resident" of the fact sheet.

export const sezRequirementFigures: SezFigureSeed[] = [
  figure({
    key: "minimum-investment",
    category: "requirement",
    label: { en: "Minimum investment", ru: "Минимальный объём инвестиций" },
    value: 120_000_000,
    unit: "RUB",
    qualifier: "at_least",
    durationYears: 5,
    displayText: { en: "120 million RUB over 5 years", ru: "120 млн рублей в течение 5 лет" },
    sortOrder: 10,
    sourceId: sourceIds.sezlotosInvestor,
    sourceNote: "Becoming a resident",
  }),
  figure({
    key: "financing-proof",
    category: "requirement",
    label: { en: "Federal rule and proof of financing", ru: "Федеральное правило и подтверждение финансирования" },
    value: 120_000_000,
    unit: "RUB",
    qualifier: "at_least",
    displayText: {
      en: "At least 120 million RUB excluding VAT (Government Decree No. 156 of 14 February 2024), with documented financing: own funds, founders, co-investors or a bank's written readiness to lend",
      ru: "Не менее 120 млн рублей без НДС (постановление Правительства № 156 от 14 февраля 2024 года) при документальном подтверждении финансирования: собственные средства, средства учредителей, соинвесторов или письменная готовность банка предоставить кредит",
    },
    sortOrder: 20,
    sourceId: sourceIds.alabugaFaq,
    sourceNote: "Becoming a resident: federal rule",
  }),
  figure({
    key: "resident-legal-entity",
    category: "requirement",
    label: { en: "Who can be a resident", ru: "Кто может стать резидентом" },
    displayText: {
      en: "A Russian legal entity registered in the SEZ's municipality; a foreign company applies through a local subsidiary",
      ru: "Российское юридическое лицо, зарегистрированное в муниципальном образовании, где расположена ОЭЗ; иностранная компания подаёт заявку через местную дочернюю компанию",
    },
    sortOrder: 30,
    sourceId: sourceIds.russezResident,
    sourceNote: "Becoming a resident",
  }),
  figure({
    key: "decision-time",
    category: "requirement",
    label: { en: "Decision time", ru: "Срок рассмотрения заявки" },
    value: 40,
    unit: "days",
    durationYears: null,
    displayText: { en: "40 days under the current procedure", ru: "40 дней по действующей процедуре" },
    sortOrder: 40,
    sourceId: sourceIds.factSheet,
    sourceNote: "Becoming a resident: decision time",
  }),
  figure({
    key: "fast-track",
    category: "requirement",
    label: { en: "Proposed fast track", ru: "Предлагаемая ускоренная процедура" },
    value: 15,
    unit: "days",
    displayText: { en: "15 days (proposed)", ru: "15 дней (предложение)" },
    status: "to_be_confirmed",
    statusNote: {
      en: "A proposed 15-day fast track has not been verified; the current procedure takes 40 days.",
      ru: "Предложение об ускоренной процедуре за 15 дней не подтверждено; по действующей процедуре срок составляет 40 дней.",
    },
    sortOrder: 50,
    sourceId: sourceIds.factSheet,
    sourceNote: "Becoming a resident: decision time",
  }),
];
