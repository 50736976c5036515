import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import {
  contentSources,
  milestones as milestonesTable,
  organisations as organisationsTable,
  partnerRegions,
  partners as partnersTable,
  regionFacts as regionFactsTable,
  representations as representationsTable,
  sezDocuments as sezDocumentsTable,
  sezFigureSources,
  sezFigures,
  sezStages as sezStagesTable,
} from "@/db/schema";
import type { Database, Transaction } from "@/db/types";
import { milestones } from "./milestones";
import { europeanOrganisations } from "./organisations-europe";
import { organisations } from "./organisations";
import { partnersOutsideEurope } from "./partners";
import { europeanPartners } from "./partners-europe";
import { regionFacts } from "./region-facts";
import { regions } from "./regions";
import { representations } from "./representations";
import { sezIdentityFigures } from "./sez-identity";
import { sezIncentiveFigures } from "./sez-incentives";
import { sezPerformanceFigures } from "./sez-performance";
import { sezDocuments, sezStages } from "./sez-process";
import { sezRequirementFigures } from "./sez-requirements";
import { sources } from "./sources";
import { idOf, takeIncoming } from "./upsert";

export const contentSeed = {
  sources,
  partners: [...partnersOutsideEurope, ...europeanPartners],
  regions,
  organisations: [...organisations, ...europeanOrganisations],
  milestones,
  representations,
  regionFacts,
  sezFigures: [...sezIdentityFigures, ...sezRequirementFigures, ...sezIncentiveFigures, ...sezPerformanceFigures],
  sezStages,
  sezDocuments,
};

/** Every column the table has, so the upsert overwrites all seeded fields (and `updatedAt`). */
const allColumns = (table: PgTable) => takeIncoming(table, Object.keys(getTableColumns(table)));

/**
 * Writes the public content, in one transaction. Idempotent: every row is upserted
 * on its natural key (source id, slug or key), so a second run changes nothing but
 * `updatedAt`. Rows added by staff are left alone; nothing is deleted.
 */
export async function seedContent(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(contentSources)
      .values(contentSeed.sources)
      .onConflictDoUpdate({ target: contentSources.id, set: allColumns(contentSources) });

    const partnerRows = await tx
      .insert(partnersTable)
      .values(contentSeed.partners)
      .onConflictDoUpdate({ target: partnersTable.slug, set: allColumns(partnersTable) })
      .returning({ id: partnersTable.id, slug: partnersTable.slug });
    const partnerIds = new Map(partnerRows.map((row) => [row.slug, row.id]));
    const partnerId = (slug: string) => idOf(partnerIds, slug, "partner");
    const optionalPartnerId = (slug: string | null) => (slug === null ? null : partnerId(slug));

    await tx
      .insert(partnerRegions)
      .values(contentSeed.regions.map(({ partner, ...row }) => ({ ...row, partnerId: partnerId(partner) })))
      .onConflictDoUpdate({ target: partnerRegions.slug, set: allColumns(partnerRegions) });

    await tx
      .insert(organisationsTable)
      .values(contentSeed.organisations.map(({ partner, ...row }) => ({ ...row, partnerId: partnerId(partner) })))
      .onConflictDoUpdate({ target: organisationsTable.slug, set: allColumns(organisationsTable) });

    await tx
      .insert(milestonesTable)
      .values(contentSeed.milestones.map(({ partner, ...row }) => ({ ...row, partnerId: optionalPartnerId(partner) })))
      .onConflictDoUpdate({ target: milestonesTable.key, set: allColumns(milestonesTable) });

    await tx
      .insert(representationsTable)
      .values(contentSeed.representations.map(({ partner, ...row }) => ({ ...row, partnerId: optionalPartnerId(partner) })))
      .onConflictDoUpdate({ target: representationsTable.slug, set: allColumns(representationsTable) });

    await tx
      .insert(regionFactsTable)
      .values(contentSeed.regionFacts.map(({ partner, ...row }) => ({ ...row, partnerId: optionalPartnerId(partner) })))
      .onConflictDoUpdate({ target: regionFactsTable.key, set: allColumns(regionFactsTable) });

    await seedSezFigures(tx);

    await tx
      .insert(sezStagesTable)
      .values(contentSeed.sezStages)
      .onConflictDoUpdate({ target: sezStagesTable.key, set: allColumns(sezStagesTable) });

    await tx
      .insert(sezDocumentsTable)
      .values(contentSeed.sezDocuments)
      .onConflictDoUpdate({ target: sezDocumentsTable.key, set: allColumns(sezDocumentsTable) });
  });
}

async function seedSezFigures(tx: Transaction): Promise<void> {
  const figureRows = await tx
    .insert(sezFigures)
    .values(
      contentSeed.sezFigures.map((figure) => {
        const row: Omit<typeof figure, "otherSources"> & { otherSources?: unknown } = { ...figure };
        delete row.otherSources;
        return row;
      }),
    )
    .onConflictDoUpdate({ target: sezFigures.key, set: allColumns(sezFigures) })
    .returning({ id: sezFigures.id, key: sezFigures.key });
  const figureIds = new Map(figureRows.map((row) => [row.key, row.id]));

  const links = contentSeed.sezFigures.flatMap((figure) =>
    (figure.otherSources ?? []).map((link, index) => ({
      figureId: idOf(figureIds, figure.key, "SEZ figure"),
      sourceId: link.sourceId,
      relation: link.relation,
      position: index + 1,
    })),
  );
  if (links.length === 0) return;
  await tx
    .insert(sezFigureSources)
    .values(links)
    .onConflictDoUpdate({
      target: [sezFigureSources.figureId, sezFigureSources.sourceId],
      set: takeIncoming(sezFigureSources, ["relation", "position"]),
    });
}
