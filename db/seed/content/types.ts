import type {
  NewContentSource,
  NewMilestone,
  NewOrganisation,
  NewPartner,
  NewPartnerRegion,
  NewRegionFact,
  NewRepresentation,
  NewSezDocument,
  NewSezFigure,
  NewSezStage,
} from "@/db/schema";
import type { SourceRelation } from "@/lib/content/enums";

// Seed rows are written with natural keys (partner slug, source id) instead of
// generated uuids; seedContent resolves them.

type Generated = "id" | "createdAt" | "updatedAt";

export type SourceSeed = Omit<NewContentSource, "createdAt" | "updatedAt">;
export type PartnerSeed = Omit<NewPartner, Generated>;
export type RegionSeed = Omit<NewPartnerRegion, Generated | "partnerId"> & { partner: string };
export type OrganisationSeed = Omit<NewOrganisation, Generated | "partnerId"> & { partner: string };
export type MilestoneSeed = Omit<NewMilestone, Generated | "partnerId"> & { partner: string | null };
export type RepresentationSeed = Omit<NewRepresentation, Generated | "partnerId"> & { partner: string | null };
export type RegionFactSeed = Omit<NewRegionFact, Generated | "partnerId"> & { partner: string | null };
export type SezFigureSeed = Omit<NewSezFigure, Generated> & {
  /** Sources beyond `sourceId`, in display order. */
  otherSources?: { sourceId: string; relation: SourceRelation }[];
};
export type SezStageSeed = Omit<NewSezStage, Generated>;
export type SezDocumentSeed = Omit<NewSezDocument, Generated>;
