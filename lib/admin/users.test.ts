import { and, eq } from "drizzle-orm";
import { needsSecondFactor } from "@/lib/auth/second-factor";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountTokens, applicationEvents, auditEvents, emailOutbox, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/session";
import { getOpenDataStatistics, getStaffStatistics } from "@/lib/applications/statistics";
import { createTestDatabase, engines, type TestDatabase } from "@/lib/testing/test-databases";
import { createViewer, insertApplications, submittedApplication } from "@/lib/testing/staff-fixtures";
import { listAuditEvents, parseAuditFilters } from "./audit-log";
import { inviteStaff, updateUserAccess } from "./users";

describe.each(engines)("user management and statistics on %s", (engine) => {
  let t: TestDatabase;
  let admin: Viewer;
  let staff: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    admin = await createViewer(t.db, "admin", "Ada Admin");
    staff = await createViewer(t.db, "staff");
  });
  afterAll(async () => t.drop());

  it("invites staff with a single-use password link valid for days, once per address", async () => {
    const input = { name: "Nina Staff", email: "nina@lotus.example", role: "staff" as const, locale: "ru" };
    expect(await inviteStaff(t.db, admin, input)).toEqual({ ok: true });
    expect(await inviteStaff(t.db, admin, input)).toEqual({ ok: false, error: "email_taken" });
    const [user] = await t.db.select().from(users).where(eq(users.email, input.email));
    expect(user).toMatchObject({ role: "staff", status: "active", preferredLocale: "ru" });
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, input.email));
    expect(mail!.template).toBe("staffInvite");
    expect(mail!.body).toMatch(/\/ru\/reset-password\?token=/);
    const [token] = await t.db.select().from(accountTokens).where(and(eq(accountTokens.userId, user!.id), eq(accountTokens.purpose, "reset_password")));
    expect(token!.expiresAt.getTime() - Date.now()).toBeGreaterThan(48 * 3600_000);
    await expect(inviteStaff(t.db, staff, { ...input, email: "x@lotus.example" })).rejects.toThrow("forbidden");
  });

  it("invites a council member with the council's own e-mail; the account needs a second factor like staff", async () => {
    const input = { name: "Pavel Orlov", email: "pavel@council.example", role: "council" as const, locale: "en" };
    expect(await inviteStaff(t.db, admin, input)).toEqual({ ok: true });
    const [user] = await t.db.select().from(users).where(eq(users.email, input.email));
    expect(user).toMatchObject({ role: "council", status: "active" });
    expect(needsSecondFactor(user!)).toBe(true);
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, input.email));
    expect(mail!.template).toBe("councilInvite");
    expect(mail!.body).toContain("expert council");
    expect(mail!.body).toMatch(/\/en\/reset-password\?token=/);
  });

  it("role changes and disabling bump the session version and are audited; no self-demotion", async () => {
    const target = await createViewer(t.db, "staff");
    const [before] = await t.db.select().from(users).where(eq(users.id, target.id));
    expect(await updateUserAccess(t.db, admin, { userId: target.id, role: "admin" })).toEqual({ ok: true });
    expect(await updateUserAccess(t.db, admin, { userId: target.id, status: "disabled" })).toEqual({ ok: true });
    const [after] = await t.db.select().from(users).where(eq(users.id, target.id));
    expect(after).toMatchObject({ role: "admin", status: "disabled", sessionVersion: before!.sessionVersion + 2 });
    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.subjectId, target.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["user.disabled", "user.role_changed"]);
    expect(await updateUserAccess(t.db, admin, { userId: admin.id, role: "staff" })).toEqual({ ok: false, error: "self" });
    await expect(updateUserAccess(t.db, staff, { userId: target.id, role: "investor" })).rejects.toThrow("forbidden");
  });

  it("the audit log pages by keyset without overlap and filters by action", async () => {
    const ids: string[] = [];
    let after: string | undefined;
    do {
      const page = await listAuditEvents(t.db, admin, parseAuditFilters(after ? { after } : {}), 2);
      ids.push(...page.rows.map((row) => row.id));
      after = page.next ?? undefined;
    } while (after);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe((await t.db.select().from(auditEvents)).length);
    const invited = await listAuditEvents(t.db, admin, parseAuditFilters({ action: "user.invited" }));
    expect(invited.rows.every((row) => row.action === "user.invited")).toBe(true);
    await expect(listAuditEvents(t.db, staff, parseAuditFilters({}))).rejects.toThrow("forbidden");
  });

  it("statistics count by status, country, sector and month, with median stage days; public data folds small countries", async () => {
    const owner = await createViewer(t.db, "investor");
    const rows = await insertApplications(t.db, [
      ...Array.from({ length: 3 }, () => submittedApplication(owner.id, { country: "IR" })),
      submittedApplication(owner.id, { country: "JP", status: "screening" }),
      submittedApplication(owner.id, { status: "draft", submittedAt: null, reference: null }),
    ]);
    const day = 86_400_000;
    await t.db.insert(applicationEvents).values([
      { applicationId: rows[3]!.id, at: new Date(Date.UTC(2026, 0, 1)), toStatus: "submitted" },
      { applicationId: rows[3]!.id, at: new Date(Date.UTC(2026, 0, 1) + 4 * day), fromStatus: "submitted", toStatus: "screening" },
    ]);
    const stats = await getStaffStatistics(t.db, staff);
    expect(stats.byStatus).toEqual([{ key: "submitted", count: 3 }, { key: "screening", count: 1 }]); // workflow order
    expect(stats.byCountry).toEqual([{ key: "IR", count: 3 }, { key: "JP", count: 1 }]);
    expect(stats.medianDays).toEqual([{ status: "submitted", medianDays: 4, stays: 1 }]);
    const open = await getOpenDataStatistics(t.db);
    expect(open.byCountry).toEqual([{ key: "IR", count: 3 }]);
    expect(open.otherCountries).toBe(1);
    await expect(getStaffStatistics(t.db, owner)).rejects.toThrow("forbidden");
  });
});
