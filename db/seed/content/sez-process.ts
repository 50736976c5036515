import { sourceIds } from "./sources";
import type { SezDocumentSeed, SezStageSeed } from "./types";

// From first contact to resident certificate, and what the application contains
// (federal template and Lotus practice, as the fact sheet summarises them).

const stagesNote = { sourceId: sourceIds.factSheet, sourceNote: "Becoming a resident: stages" };
const applicationNote = { sourceId: sourceIds.factSheet, sourceNote: "Becoming a resident: application content" };

export const sezStages: SezStageSeed[] = [
  {
    key: "initial-contact",
    position: 1,
    title: { en: "Initial contact", ru: "Первый контакт" },
    description: {
      en: "First discussion of the project with the SEZ, often recorded in an agreement of intent.",
      ru: "Первое обсуждение проекта с ОЭЗ, которое нередко закрепляется соглашением о намерениях.",
    },
    ...stagesNote,
  },
  {
    key: "company-registration",
    position: 2,
    title: { en: "Company registration", ru: "Регистрация компании" },
    description: {
      en: "A Russian legal entity is registered in the SEZ's municipality; a foreign investor sets up a local subsidiary.",
      ru: "Регистрируется российское юридическое лицо в муниципальном образовании ОЭЗ; иностранный инвестор создаёт местную дочернюю компанию.",
    },
    ...stagesNote,
  },
  {
    key: "application",
    position: 3,
    title: { en: "Application with documents", ru: "Заявка с документами" },
    description: {
      en: "The application describes the activity, the land or premises needed, the committed investment and utility needs, with the required documents attached.",
      ru: "В заявке указываются вид деятельности, необходимая площадь земли или помещений, объём инвестиций и потребность в коммунальных ресурсах; к ней прилагаются необходимые документы.",
    },
    ...stagesNote,
  },
  {
    key: "council-review",
    position: 4,
    title: { en: "Review by the councils", ru: "Рассмотрение советами" },
    description: {
      en: "The regional expert council decides on resident status and the supervisory council approves the project.",
      ru: "Региональный экспертный совет принимает решение о статусе резидента, наблюдательный совет одобряет проект.",
    },
    ...stagesNote,
  },
  {
    key: "activity-agreement",
    position: 5,
    title: { en: "Agreement on activity", ru: "Соглашение о деятельности" },
    description: {
      en: "An agreement on industrial-production activity is signed with the regional Ministry of Industry.",
      ru: "С региональным министерством промышленности заключается соглашение об осуществлении промышленно-производственной деятельности.",
    },
    ...stagesNote,
  },
  {
    key: "resident-certificate",
    position: 6,
    title: { en: "Resident certificate", ru: "Свидетельство резидента" },
    description: {
      en: "The company receives a resident certificate and is entered in the register of residents.",
      ru: "Компания получает свидетельство резидента и вносится в реестр резидентов.",
    },
    ...stagesNote,
  },
];

const item = (
  key: string,
  kind: SezDocumentSeed["kind"],
  position: number,
  name: SezDocumentSeed["name"],
): SezDocumentSeed => ({ key, kind, position, name, description: null, ...applicationNote });

export const sezDocuments: SezDocumentSeed[] = [
  item("activity", "application_content", 1, { en: "Planned activity", ru: "Планируемая деятельность" }),
  item("land-or-premises", "application_content", 2, {
    en: "Land or premises area needed",
    ru: "Необходимая площадь земли или помещений",
  }),
  item("committed-investment", "application_content", 3, { en: "Committed investment", ru: "Объём инвестиций" }),
  item("utility-needs", "application_content", 4, {
    en: "Utility needs: power, water, gas",
    ru: "Потребность в ресурсах: электроэнергия, вода, газ",
  }),
  item("state-registration", "supporting_document", 1, {
    en: "Proof of state registration",
    ru: "Подтверждение государственной регистрации",
  }),
  item("tax-registration", "supporting_document", 2, {
    en: "Proof of tax registration",
    ru: "Подтверждение постановки на налоговый учёт",
  }),
  item("constituent-documents", "supporting_document", 3, { en: "Constituent documents", ru: "Учредительные документы" }),
  item("business-plan", "supporting_document", 4, { en: "Business plan", ru: "Бизнес-план" }),
  item("proof-of-financing", "supporting_document", 5, {
    en: "Proof of financing",
    ru: "Подтверждение источников финансирования",
  }),
];
