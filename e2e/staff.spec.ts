import { expect, test } from "./fixtures";
import { createUser, requestWebsiteFix, seedResubmission, seedSubmittedApplication, signInAs } from "./pages/staff";

test.describe("staff review", () => {
  test("find by filter, assign to me, request information, record the council's approval; the audit log shows each step", async ({ page, browser, sql, visit }) => {
    const investor = await createUser(sql, "investor", "Anna Schmidt");
    const staff = await createUser(sql, "staff", "Olga Reviewer");
    const company = `Weser Marine ${Date.now().toString(36)}`;
    const application = await seedSubmittedApplication(sql, investor.id, company);

    await signInAs(page, staff.email);
    await visit("/en/admin/applications");
    await page.getByLabel("Search reference, company or contact").fill(company);
    await page.getByLabel("Reviewer").selectOption("unassigned");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/q=Weser/);
    await page.getByRole("link", { name: application.reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(company);
    await expectAxe(visit, page.url());

    await page.getByRole("button", { name: "Assign to me" }).click();
    await expect(page.getByText("Reviewer: Olga Reviewer")).toBeVisible();

    await requestWebsiteFix(page);
    await expect(page.getByText("Website: The website does not open.")).toBeVisible();

    await seedResubmission(sql, application.id, investor.id);
    await page.reload();
    await page.getByRole("button", { name: "Send to expert review" }).click();
    await expect(page.getByText("The status is now: Expert review.")).toBeVisible();
    // From expert review only the council's recorded decision moves it (e2e/council.spec.ts has the whole council).
    await page.getByRole("radio", { name: "Approve" }).check();
    await page.getByLabel("Date of the meeting").fill(new Date().toISOString().slice(0, 10));
    await page.getByLabel("Reason for the applicant").fill("All requirements are met.");
    await page.getByRole("button", { name: "Record the decision" }).click();
    await expect(page.getByText("The decision is recorded. The status is now: Approved.")).toBeVisible();
    const [row] = await sql<{ status: string }[]>`select status from applications where id = ${application.id}`;
    expect(row!.status).toBe("approved");

    // Staff are not admins: the audit log is a 404 for them.
    const forStaff = await page.goto("/en/admin/audit");
    expect(forStaff?.status()).toBe(404);

    const admin = await createUser(sql, "admin", "Ada Admin");
    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await signInAs(adminPage, admin.email);
    await adminPage.goto("/en/admin/audit?action=application.status_changed");
    await expect(adminPage.getByRole("link", { name: application.id })).toHaveCount(4); // screening, info requested, expert review, approved
    await adminPage.goto("/en/admin/audit?action=application.assigned");
    await expect(adminPage.getByRole("link", { name: application.id })).toHaveCount(1);
    await adminContext.close();
  });

  test("a stale page gets 'changed by someone else' and keeps the typed reason", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "Reza Ahmadi");
    const staff = await createUser(sql, "staff", "Ivan Reviewer");
    const application = await seedSubmittedApplication(sql, investor.id, `Golestan ${Date.now().toString(36)}`);
    await signInAs(page, staff.email);
    await page.goto(`/en/admin/applications/${application.id}`);
    await sql`update applications set version = version + 1 where id = ${application.id}`; // someone else acted
    await page.getByLabel("Reason or comment for the applicant").fill("Typed before the conflict");
    await page.getByRole("button", { name: "Start screening" }).click();
    await expect(page.getByText("Someone else changed this in the meantime")).toBeVisible();
    await expect(page.getByLabel("Reason or comment for the applicant")).toHaveValue("Typed before the conflict");
  });

  test("investors and the anonymous get nothing from the staff area or the export", async ({ page, sql }) => {
    const anonymous = await page.request.get("/api/admin/export", { maxRedirects: 0 });
    expect(anonymous.status()).toBe(404);
    await page.goto("/en/admin/applications");
    await expect(page).toHaveURL(/\/en\/sign-in/);

    const investor = await createUser(sql, "investor", "Curious Investor");
    await signInAs(page, investor.email);
    for (const path of ["/en/admin", "/en/admin/applications", "/en/admin/statistics", "/en/admin/users", "/en/admin/audit", "/en/admin/content"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    const exported = await page.request.get("/api/admin/export");
    expect(exported.status()).toBe(404);
    expect(await exported.text()).not.toContain("reference");
  });
});

/** The detail page is checked with axe like every page visited. */
async function expectAxe(visit: (path: string) => Promise<void>, url: string): Promise<void> {
  await visit(new URL(url).pathname);
}
