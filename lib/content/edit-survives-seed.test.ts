import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, milestones, partners } from "@/db/schema";
import { seedContent } from "@/db/seed/content";
import type { Viewer } from "@/lib/auth/session";
import { createViewer } from "@/lib/testing/staff-fixtures";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { updateMilestone, updatePartner } from "./editing";
import { localizedInitial } from "./localized-fields";

// Issue 12 item 9: the seed upserted every seeded column at each start, undoing staff corrections.
describe.each(engines)("staff content edits and the seed on %s", (engine) => {
  let t: TestDatabase;
  let staff: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedContent(t.db);
    staff = await createViewer(t.db, "staff");
  });
  afterAll(async () => t.drop());

  const partner = async (slug: string) => (await t.db.select().from(partners).where(eq(partners.slug, slug)))[0]!;
  const auditsOf = (slug: string) => t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "content.updated"), eq(auditEvents.subjectId, slug)));

  it("a staff correction survives a re-seed (a restart of the embedded server); untouched columns still follow the seed", async () => {
    const before = await partner("iran");
    const input = { id: before.id, ...localizedInitial(before.name, "name"), ...localizedInitial(before.summary, "summary"), nameEn: "Iran (corrected by staff)" };
    expect(await updatePartner(t.db, staff, input)).toEqual({ ok: true, slug: "iran" });
    // The seed would also bring a changed summary: simulate a seeded text that moved on since.
    await t.db.update(partners).set({ summary: { en: "stale summary" } }).where(eq(partners.id, before.id));

    await seedContent(t.db);
    const after = await partner("iran");
    expect(after.name.en).toBe("Iran (corrected by staff)");
    expect(after.name.ru).toBe(before.name.ru);
    expect(after.editedFields).toEqual(["name"]);
    expect(after.summary).toEqual(before.summary); // not edited by staff: the seed's text again
    expect(await auditsOf("iran")).toHaveLength(1);
  });

  it("saving a form without a change marks nothing as edited", async () => {
    const [row] = await t.db.select().from(milestones).limit(1);
    const input = { id: row!.id, year: row!.year, month: row!.month ?? ("" as const), ...localizedInitial(row!.summary, "summary") };
    expect(await updateMilestone(t.db, staff, input)).toEqual({ ok: true });
    const [after] = await t.db.select().from(milestones).where(eq(milestones.id, row!.id));
    expect(after!.editedFields).toEqual([]);
  });

  it("an edit whose audit row fails leaves neither the edit nor the audit row", async () => {
    const before = await partner("kazakhstan");
    await t.db.execute(sql`
      create function refuse_content_audit() returns trigger language plpgsql as $$
      begin
        if new.action = 'content.updated' then raise exception 'injected fault: audit refused'; end if;
        return new;
      end $$`);
    await t.db.execute(sql`create trigger refuse_content_audit before insert on audit_events for each row execute function refuse_content_audit()`);
    try {
      const input = { id: before.id, ...localizedInitial(before.name, "name"), ...localizedInitial(before.summary, "summary"), nameEn: "Half-written" };
      await expect(updatePartner(t.db, staff, input)).rejects.toThrow();
    } finally {
      await t.db.execute(sql`drop trigger refuse_content_audit on audit_events`);
      await t.db.execute(sql`drop function refuse_content_audit()`);
    }
    const after = await partner("kazakhstan");
    expect(after.name).toEqual(before.name);
    expect(after.editedFields).toEqual([]);
    expect(await auditsOf("kazakhstan")).toHaveLength(0);
  });
});
