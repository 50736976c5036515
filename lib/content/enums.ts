// Closed sets of the public content model. Plain constants (no server code), so
// client components can render filters from them; db/schema/region.ts and sez.ts build
// their pgEnums from the same tuples, so SQL and TypeScript cannot drift apart.

export const partnerGroups = ["caspian", "asia", "europe", "gulf"] as const;
export type PartnerGroup = (typeof partnerGroups)[number];

export const relationStages = ["established", "developing", "prospective"] as const;
export type RelationStage = (typeof relationStages)[number];

export const spheres = [
  "trade",
  "investment",
  "agriculture",
  "shipbuilding",
  "culture",
  "education",
  "science",
  "humanitarian",
] as const;
export type Sphere = (typeof spheres)[number];

export const organisationSectors = [
  "government",
  "diplomatic",
  "trade_promotion",
  "shipbuilding",
  "agriculture",
  "industry",
  "culture",
  "charity",
  "industry_association",
] as const;
export type OrganisationSector = (typeof organisationSectors)[number];

/** Which side an organisation belongs to: the partner country, or Russia/Astrakhan. */
export const organisationOrigins = ["partner_country", "russia"] as const;
export type OrganisationOrigin = (typeof organisationOrigins)[number];

export const milestoneKinds = [
  "agreement",
  "protocol",
  "meeting",
  "visit",
  "opening",
  "appointment",
  "project",
  "relations",
] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const representationKinds = ["mfa_office", "consulate_general", "consulate", "honorary_consulate"] as const;
export type RepresentationKind = (typeof representationKinds)[number];

/** How a number was stated by its source: "about 175", "more than 20", "at least 120 million". */
export const valueQualifiers = ["exact", "about", "more_than", "at_least"] as const;
export type ValueQualifier = (typeof valueQualifiers)[number];

export const sezFigureCategories = ["identity", "location", "requirement", "incentive", "performance"] as const;
export type SezFigureCategory = (typeof sezFigureCategories)[number];

export const figureUnits = ["percent", "years", "days", "RUB", "ha", "km2", "km", "count"] as const;
export type FigureUnit = (typeof figureUnits)[number];

/** conflicting: sources disagree; to_be_confirmed: unverified or possibly outdated. */
export const figureStatuses = ["confirmed", "conflicting", "to_be_confirmed"] as const;
export type FigureStatus = (typeof figureStatuses)[number];

/** How an additional source relates to a figure's primary source. */
export const sourceRelations = ["also_cited", "contradicts"] as const;
export type SourceRelation = (typeof sourceRelations)[number];

export const sezDocumentKinds = ["application_content", "supporting_document"] as const;
export type SezDocumentKind = (typeof sezDocumentKinds)[number];
