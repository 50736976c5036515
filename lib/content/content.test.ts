import { eq, getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { contentSeed, seedContent } from "@/db/seed/content";
import type { Database } from "@/db/types";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { partnerGroups } from "./enums";
import { getPartnerProfile, getRegionOverview, getSezOverview, listPartnerSlugs, listPartners } from "./queries";

// Every fact below is read from the seeded database and checked against the two
// source documents in shared/sources, on both engines.

const contentTables = {
  contentSources: schema.contentSources,
  partners: schema.partners,
  partnerRegions: schema.partnerRegions,
  organisations: schema.organisations,
  milestones: schema.milestones,
  representations: schema.representations,
  regionFacts: schema.regionFacts,
  sezFigures: schema.sezFigures,
  sezFigureSources: schema.sezFigureSources,
  sezStages: schema.sezStages,
  sezDocuments: schema.sezDocuments,
} satisfies Record<string, PgTable>;

async function countRows(db: Database): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(contentTables).map(async ([name, table]) => [name, await db.$count(table)] as const),
  );
  return Object.fromEntries(entries);
}

async function partnerSlugsById(db: Database): Promise<Map<string, string>> {
  const rows = await db.select({ id: schema.partners.id, slug: schema.partners.slug }).from(schema.partners);
  return new Map(rows.map((row) => [row.id, row.slug]));
}

// Expected rows come from the seed module itself (what seedContent writes), not
// re-typed here; the tests below check that the database holds exactly that, on
// both engines, and spot-check facts against the source documents.
const seed = contentSeed;
const seedBySlug = <T extends { slug: string }, V>(rows: readonly T[], pick: (row: T) => V) => Object.fromEntries(rows.map((row) => [row.slug, pick(row)]));
const seedByKey = <T extends { key: string }, V>(rows: readonly T[], pick: (row: T) => V) => Object.fromEntries(rows.map((row) => [row.key, pick(row)]));

/** Every `{ en, ... }` value in a row must have an English and a Russian text. */
function untranslated(row: Record<string, unknown>): string[] {
  return Object.entries(row)
    .filter(([, value]) => value !== null && typeof value === "object" && "en" in (value as object))
    .filter(([, value]) => {
      const text = value as Record<string, unknown>;
      return !(typeof text.en === "string" && text.en.trim() && typeof text.ru === "string" && text.ru.trim());
    })
    .map(([key]) => key);
}

for (const engine of engines) {
  describe(`content model on ${engine}`, () => {
    let testDb: TestDatabase;
    let db: Database;
    let countsAfterFirstRun: Record<string, number>;
    let partnerIdsAfterFirstRun: Map<string, string>;

    beforeAll(async () => {
      testDb = await createTestDatabase(engine);
      db = testDb.db;
      await seedContent(db);
      countsAfterFirstRun = await countRows(db);
      partnerIdsAfterFirstRun = await partnerSlugsById(db);
      await seedContent(db);
    });

    afterAll(async () => {
      await testDb?.drop();
    });

    describe("seed", () => {
      it("is idempotent: a second run keeps the same rows", async () => {
        expect(await countRows(db)).toEqual(countsAfterFirstRun);
        expect(await partnerSlugsById(db)).toEqual(partnerIdsAfterFirstRun);
        expect(countsAfterFirstRun).toMatchObject({
          contentSources: seed.sources.length,
          partners: seed.partners.length,
          partnerRegions: seed.regions.length,
          organisations: seed.organisations.length,
          milestones: seed.milestones.length,
          representations: seed.representations.length,
          regionFacts: seed.regionFacts.length,
          sezFigures: seed.sezFigures.length,
          sezStages: seed.sezStages.length,
          sezDocuments: seed.sezDocuments.length,
        });
        // The region's document names 13 partner countries and 14 dated events.
        expect([seed.partners.length, seed.milestones.length]).toEqual([13, 14]);
      });

      it("restores edited seed content on the next run", async () => {
        await db.update(schema.partners).set({ name: { en: "Edited" } }).where(eq(schema.partners.slug, "iran"));
        await seedContent(db);
        const [iran] = await db.select().from(schema.partners).where(eq(schema.partners.slug, "iran"));
        expect(iran?.name).toMatchObject({ en: "Iran", ru: "Иран", fa: "ایران" });
        expect(await countRows(db)).toEqual(countsAfterFirstRun);
      });

      it("fills English and Russian in every localized text", async () => {
        for (const [name, table] of Object.entries(contentTables)) {
          const rows = (await db.select().from(table as PgTable)) as Record<string, unknown>[];
          for (const row of rows) {
            expect(untranslated(row), `${name} ${String(row.slug ?? row.key ?? row.id)}`).toEqual([]);
          }
        }
      });

      it("cites one of the two shared source files for every source", async () => {
        const rows = await db.select().from(schema.contentSources);
        expect(new Set(rows.map((row) => row.fileName))).toEqual(
          new Set(["astrakhan-international-cooperation.txt", "lotus-sez-facts.md"]),
        );
        for (const table of Object.values(contentTables)) {
          if (!("sourceId" in getTableColumns(table))) continue;
          const ids = (await db.select().from(table as PgTable)) as { sourceId: string }[];
          for (const { sourceId } of ids) expect(rows.map((row) => row.id)).toContain(sourceId);
        }
      });
    });

    describe("region content", () => {
      it("has one partner per country of the source, with group and ISO codes", async () => {
        const rows = await db.select().from(schema.partners);
        const actual = Object.fromEntries(rows.map((p) => [p.slug, [p.group, p.isoAlpha2, p.isoNumeric]]));
        expect(actual).toEqual(seedBySlug(seed.partners, (p) => [p.group, p.isoAlpha2, p.isoNumeric]));
        expect(rows.find((p) => p.slug === "iran")?.stage).toBe("established");
        expect(rows.find((p) => p.slug === "bahrain")?.stage).toBe("prospective");
      });

      it("has the nine Iranian provinces, Henan and Central Macedonia with their years", async () => {
        const slugs = await partnerSlugsById(db);
        const rows = await db.select().from(schema.partnerRegions);
        const actual = Object.fromEntries(
          rows.map((r) => [r.slug, [slugs.get(r.partnerId), r.yearFrom, r.yearTo]]),
        );
        expect(actual).toEqual(seedBySlug(seed.regions, (r) => [r.partner, r.yearFrom ?? null, r.yearTo ?? null]));
        expect(actual.gilan).toEqual(["iran", 1993, 1994]);
        const macedonia = rows.find((r) => r.slug === "central-macedonia");
        expect(macedonia?.tiesNote?.en).toMatch(/recently initiated/i);
      });

      it("names every organisation of the source with its partner", async () => {
        const slugs = await partnerSlugsById(db);
        const rows = await db.select().from(schema.organisations);
        expect(Object.fromEntries(rows.map((o) => [o.slug, slugs.get(o.partnerId)]))).toEqual(seedBySlug(seed.organisations, (o) => o.partner));
        const bySlug = new Map(rows.map((o) => [o.slug, o]));
        expect(bySlug.get("karl-osse-society")?.role.en).toContain("Wolf Bauer");
        expect(bySlug.get("krasnye-barrikady")?.origin).toBe("russia");
        expect(bySlug.get("russian-centre-berlin")?.origin).toBe("russia");
        expect(bySlug.get("agip")?.name.en).toContain("Agip");
      });

      it("has every dated event of the source as a milestone", async () => {
        const slugs = await partnerSlugsById(db);
        const rows = await db.select().from(schema.milestones);
        const actual = Object.fromEntries(
          rows.map((m) => [m.key, [m.partnerId ? slugs.get(m.partnerId) : null, m.kind, m.year, m.yearTo, m.month]]),
        );
        expect(actual).toEqual(seedByKey(seed.milestones, (m) => [m.partner, m.kind, m.year, m.yearTo ?? null, m.month ?? null]));
        expect(actual["2017-10-iran-trade-house"]).toEqual(["iran", "opening", 2017, null, 10]);
        const summit = rows.find((m) => m.key === "2014-caspian-summit-zhilkin-rouhani");
        expect(summit?.summary.en).toMatch(/IV Caspian Summit.*Zhilkin.*Rouhani/);
      });

      it("has the five representations hosted in the region", async () => {
        const slugs = await partnerSlugsById(db);
        const rows = await db.select().from(schema.representations);
        const actual = Object.fromEntries(
          rows.map((r) => [r.slug, [r.kind, r.partnerId ? slugs.get(r.partnerId) : null]]),
        );
        expect(actual).toEqual(seedBySlug(seed.representations, (r) => [r.kind, r.partner]));
        expect(actual["iran-consulate-general"]).toEqual(["consulate_general", "iran"]);
      });

      it("has the region's key figures", async () => {
        const rows = await db.select().from(schema.regionFacts);
        const actual = Object.fromEntries(rows.map((f) => [f.key, [f.value, f.qualifier]]));
        expect(actual).toEqual(seedByKey(seed.regionFacts, (f) => [f.value ?? null, f.qualifier ?? "exact"]));
        // As the region's document states them.
        expect(actual).toMatchObject({ "companies-with-iranian-investment": [175, "about"], "agreements-with-iranian-provinces": [20, "more_than"] });
      });
    });

    describe("SEZ figures", () => {
      it("marks conflicts and unverified figures instead of picking one", async () => {
        const rows = await db.select().from(schema.sezFigures);
        const status = Object.fromEntries(rows.map((f) => [f.key, f.status]));
        expect(status).toMatchObject({
          area: "conflicting",
          "transport-tax": "conflicting",
          "profit-tax": "to_be_confirmed",
          "fast-track": "to_be_confirmed",
        });
        const flagged = rows.filter((f) => f.status !== "confirmed").map((f) => f.key);
        expect(flagged.sort()).toEqual(["area", "fast-track", "profit-tax", "transport-tax"]);
        const byKey = new Map(rows.map((f) => [f.key, f]));
        expect(byKey.get("area")?.value).toBeNull();
        expect(byKey.get("area")?.displayText.en).toMatch(/9\.8 km².*1,009 ha.*1,000 ha/);
        expect(byKey.get("transport-tax")?.durationYears).toBeNull();
        expect(byKey.get("profit-tax")?.statusNote?.en).toMatch(/25%.*2025/);
        for (const f of rows.filter((r) => r.status !== "confirmed")) expect(f.statusNote?.ru).toBeTruthy();
      });

      it("keeps every number of the fact sheet with its unit and period", async () => {
        const rows = await db.select().from(schema.sezFigures);
        const actual = Object.fromEntries(rows.map((f) => [f.key, [f.value, f.unit, f.durationYears]]));
        expect(actual).toMatchObject({
          "minimum-investment": [120_000_000, "RUB", 5],
          "decision-time": [40, "days", null],
          "fast-track": [15, "days", null],
          "profit-tax": [2, "percent", 10],
          "property-tax": [0, "percent", 10],
          "land-tax": [0, "percent", 5],
          "transport-tax": [0, "percent", null],
          "port-sez-olya": [644, "ha", null],
          location: [40, "km", null],
          "residents-2024": [16, "count", null],
          "projects-value-2024": [28_000_000_000, "RUB", null],
          "invested-2024": [5_240_000_000, "RUB", null],
          "jobs-2024": [550, "count", null],
        });
        const byKey = new Map(rows.map((f) => [f.key, f]));
        expect(byKey.get("creation-decree")?.displayText.en).toMatch(/No\. 1214 of 18 November 2014.*116-FZ/);
        expect(byKey.get("management-company")?.displayText.en).toMatch(/April 2015/);
        expect(byKey.get("port-sez-olya")?.displayText.en).toMatch(/No\. 1792/);
        expect(byKey.get("location")?.displayText.en).toMatch(/Narimanovsky/);
        // The figures' "as of" date is in their text; PortNews's own date is not known.
        expect(byKey.get("residents-2024")?.sourceDate).toBeNull();
        expect(byKey.get("residents-2024")?.displayText.en).toContain("1 April 2024");
        expect(byKey.get("free-customs-zone")?.status).toBe("confirmed");
      });
    });

    describe("queries", () => {
      it("lists partners by group, localized, and filters by sphere", async () => {
        const all = await listPartners(db, "en");
        expect(all).toHaveLength(13);
        const groupOrder = all.map((p) => partnerGroups.indexOf(p.group));
        expect(groupOrder).toEqual([...groupOrder].sort((a, b) => a - b));
        expect(all[0]).toMatchObject({ slug: "iran", name: "Iran", group: "caspian", stage: "established" });
        expect(Object.keys(all[0] ?? {}).sort()).toEqual(
          ["group", "isoAlpha2", "isoNumeric", "name", "slug", "source", "spheres", "stage", "summary"],
        );
        // Each card names where its summary comes from (issue 14).
        expect(all[0]?.source).toMatchObject({ id: "region-doc", url: null, publishedOn: null });
        expect(all[0]?.source.title).toContain("October 2017");

        const shipbuilding = await listPartners(db, "ru", { sphere: "shipbuilding" });
        expect(shipbuilding.map((p) => p.slug)).toEqual(["germany", "italy", "netherlands"]);
        expect(shipbuilding.map((p) => p.name)).toEqual(["Германия", "Италия", "Нидерланды"]);
        const agriculture = await listPartners(db, "en", { sphere: "agriculture" });
        expect(agriculture.map((p) => p.slug)).toEqual(["greece", "italy", "netherlands"]);
      });

      it("lists every partner slug", async () => {
        expect((await listPartnerSlugs(db)).sort()).toEqual(seed.partners.map((p) => p.slug).sort());
      });

      it("returns null for an unknown partner", async () => {
        expect(await getPartnerProfile(db, "en", "atlantis")).toBeNull();
      });

      it("builds a partner profile with everything sorted and sourced", async () => {
        const iran = await getPartnerProfile(db, "en", "iran");
        expect(iran).not.toBeNull();
        if (!iran) return;
        expect(iran.regions.map((r) => r.yearFrom)).toEqual([1993, 1993, 2000, 2004, 2005, 2005, 2009, 2009, 2010]);
        const years = iran.milestones.map((m) => m.year);
        expect(years).toEqual([...years].sort((a, b) => a - b));
        expect(iran.milestones.at(-1)).toMatchObject({ key: "2017-10-iran-trade-house", month: 10, kind: "opening" });
        expect(iran.organisations.map((o) => o.slug)).toEqual(["iran-trade-house", "golrang"]);
        expect(iran.representations.map((r) => r.slug)).toEqual(["iran-consulate-general"]);
        expect(iran.facts).toHaveLength(4);
        expect(iran.source).toMatchObject({ id: "region-doc", url: null });
        expect(iran.sources.map((s) => s.id).sort()).toEqual(["region-doc", "sez-facts"]);

        const greece = await getPartnerProfile(db, "ru", "greece");
        expect(greece?.name).toBe("Греция");
        expect(greece?.regions).toEqual([
          expect.objectContaining({ slug: "central-macedonia", name: "Центральная Македония", yearFrom: null }),
        ]);
        expect(greece?.milestones.map((m) => m.key)).toEqual([
          "2010-greece-cooperation-begins",
          "2016-greece-stone-fruit-crops",
        ]);
      });

      it("gives the region overview: representations, key figures, highlights", async () => {
        const overview = await getRegionOverview(db, "ru");
        expect(overview.representations.map((r) => [r.slug, r.partner?.slug ?? null])).toEqual([
          ["russian-mfa-office", null],
          ["iran-consulate-general", "iran"],
          ["kazakhstan-consulate", "kazakhstan"],
          ["turkmenistan-consulate", "turkmenistan"],
          ["slovakia-honorary-consulate", "slovakia"],
        ]);
        expect(overview.facts.find((f) => f.key === "companies-with-iranian-investment")?.displayValue).toBe("Около 175");
        const keys = overview.timeline.map((m) => m.key);
        expect(keys).toContain("2014-caspian-summit-zhilkin-rouhani");
        expect(keys.at(-1)).toBe("2017-10-iran-trade-house");
        const years = overview.timeline.map((m) => m.year);
        expect(years).toEqual([...years].sort((a, b) => a - b));
      });

      it("gives the SEZ overview by category with statuses, sources, stages and documents", async () => {
        const sez = await getSezOverview(db, "en");
        expect(sez.figuresByCategory.map((c) => c.category)).toEqual([
          "identity",
          "location",
          "requirement",
          "incentive",
          "performance",
        ]);
        const figures = sez.figuresByCategory.flatMap((c) => c.figures);
        const transport = figures.find((f) => f.key === "transport-tax");
        expect(transport).toMatchObject({ status: "conflicting", sourceDate: "2023-01-12" });
        expect(Object.keys(transport ?? {}).sort()).toEqual([
          "category",
          "displayText",
          "durationYears",
          "key",
          "label",
          "otherSources",
          "qualifier",
          "source",
          "sourceDate",
          "status",
          "statusNote",
          "unit",
          "value",
        ]);
        expect(transport?.source.url).toContain("sezlotos.ru/en/press-center/");
        expect(transport?.otherSources).toEqual([
          expect.objectContaining({ id: "sez-facts/portnews-comments-1979", relation: "contradicts", publishedOn: "2015" }),
        ]);
        expect(figures.find((f) => f.key === "minimum-investment")?.source.url).toBe("https://sezlotos.ru/en/investor/");
        expect(figures.find((f) => f.key === "profit-tax")?.statusNote).toMatch(/not confirmed/);
        expect(sez.stages.map((s) => s.key)).toEqual([
          "initial-contact",
          "company-registration",
          "application",
          "council-review",
          "activity-agreement",
          "resident-certificate",
        ]);
        expect(sez.documents.map((d) => d.kind)).toEqual([
          ...Array(4).fill("application_content"),
          ...Array(5).fill("supporting_document"),
        ]);
      });

      it("falls back to English when a translation is missing", async () => {
        await db.insert(schema.partners).values({
          slug: "test-only-partner",
          isoAlpha2: "ZZ",
          isoNumeric: "999",
          group: "gulf",
          stage: "prospective",
          name: { en: "Untranslated" },
          summary: { en: "English only." },
          sortOrder: 999,
          sourceId: "region-doc",
        });
        try {
          const listed = await listPartners(db, "ru");
          expect(listed.at(-1)).toMatchObject({ slug: "test-only-partner", name: "Untranslated", summary: "English only." });
          expect((await getPartnerProfile(db, "ru", "test-only-partner"))?.name).toBe("Untranslated");
        } finally {
          await db.delete(schema.partners).where(eq(schema.partners.slug, "test-only-partner"));
        }
      });
    });
  });
}
