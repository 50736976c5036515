import type {
  FigureStatus,
  FigureUnit,
  MilestoneKind,
  OrganisationOrigin,
  OrganisationSector,
  PartnerGroup,
  RelationStage,
  RepresentationKind,
  SezDocumentKind,
  SezFigureCategory,
  SourceRelation,
  Sphere,
  ValueQualifier,
} from "./enums";

// What the public content queries return: public fields only, texts already
// localized (falling back to English), ready to render.

export interface SourceRef {
  id: string;
  title: string;
  /** Absolute URL, or null for the documents kept in shared/sources only. */
  url: string | null;
  /** ISO 8601, possibly partial ("2015", "2023-01-12"). */
  publishedOn: string | null;
}

export interface PartnerRef {
  slug: string;
  name: string;
  isoAlpha2: string;
}

export interface PartnerListItem {
  slug: string;
  isoAlpha2: string;
  /** Zero-padded ISO 3166 numeric code: the id of the world-atlas geometry. */
  isoNumeric: string;
  group: PartnerGroup;
  stage: RelationStage;
  spheres: Sphere[];
  name: string;
  summary: string;
  /** Where the summary comes from. */
  source: SourceRef;
}

export interface PartnerRegionItem {
  slug: string;
  name: string;
  yearFrom: number | null;
  yearTo: number | null;
  /** Shown beside or instead of the years ("recently initiated"). */
  tiesNote: string | null;
  source: SourceRef;
}

export interface OrganisationItem {
  slug: string;
  name: string;
  role: string;
  sector: OrganisationSector;
  origin: OrganisationOrigin;
  source: SourceRef;
}

export interface TimelineEntry {
  key: string;
  kind: MilestoneKind;
  year: number;
  /** End of a span ("2010–2015"). */
  yearTo: number | null;
  month: number | null;
  day: number | null;
  summary: string;
  partner: PartnerRef | null;
  source: SourceRef;
}

export interface RepresentationItem {
  slug: string;
  kind: RepresentationKind;
  name: string;
  partner: PartnerRef | null;
  source: SourceRef;
}

export interface RegionFactItem {
  key: string;
  label: string;
  value: number | null;
  qualifier: ValueQualifier;
  /** The value as the source words it ("About 175"). */
  displayValue: string;
  partner: PartnerRef | null;
  source: SourceRef;
}

export interface RegionOverview {
  representations: RepresentationItem[];
  facts: RegionFactItem[];
  /** Highlighted milestones, oldest first. */
  timeline: TimelineEntry[];
}

export interface PartnerProfile extends PartnerListItem {
  regions: PartnerRegionItem[];
  organisations: OrganisationItem[];
  /** All of the partner's milestones, oldest first. */
  milestones: TimelineEntry[];
  representations: RepresentationItem[];
  facts: RegionFactItem[];
  /** Every source cited on the page, once, for a footnote list. */
  sources: SourceRef[];
}

export interface FigureSourceRef extends SourceRef {
  relation: SourceRelation;
}

export interface SezFigureItem {
  key: string;
  category: SezFigureCategory;
  label: string;
  /** Null when the figure has no single number (or its sources conflict). */
  value: number | null;
  unit: FigureUnit | null;
  qualifier: ValueQualifier;
  durationYears: number | null;
  displayText: string;
  status: FigureStatus;
  /** Why a figure is conflicting or to be confirmed; null when confirmed. */
  statusNote: string | null;
  /** The date the figure is given for (ISO 8601, possibly partial). */
  sourceDate: string | null;
  source: SourceRef;
  otherSources: FigureSourceRef[];
}

export interface SezStageItem {
  key: string;
  position: number;
  title: string;
  description: string;
  source: SourceRef;
}

export interface SezDocumentItem {
  key: string;
  kind: SezDocumentKind;
  position: number;
  name: string;
  description: string | null;
  source: SourceRef;
}

export interface SezOverview {
  /** Every category in display order, each with its figures (possibly none). */
  figuresByCategory: { category: SezFigureCategory; figures: SezFigureItem[] }[];
  stages: SezStageItem[];
  /** Application content first, then supporting documents, each in order. */
  documents: SezDocumentItem[];
}
