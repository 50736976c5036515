import { expect, test } from "./fixtures";
import { createUser, requestWebsiteFix, seedSubmittedApplication, signInAs } from "./pages/staff";

test("request for information → the investor fixes only the flagged field and resubmits → approval; timeline and e-mails show each step", async ({ browser, page, sql }) => {
  test.setTimeout(120_000);
  const investor = await createUser(sql, "investor", "Anna Schmidt");
  const staff = await createUser(sql, "staff", "Olga Reviewer");
  const company = `Elbe Propeller ${Date.now().toString(36)}`;
  const application = await seedSubmittedApplication(sql, investor.id, company);

  await signInAs(page, staff.email);
  await page.goto(`/en/admin/applications/${application.id}`);
  await requestWebsiteFix(page);

  const investorContext = await browser.newContext();
  const applicant = await investorContext.newPage();
  await signInAs(applicant, investor.email);
  await applicant.goto(`/en/applications/${application.id}`);
  await expect(applicant.getByRole("heading", { name: "The reviewers ask for more information" })).toBeVisible();
  await expect(applicant.getByText("The website does not open.").first()).toBeVisible();
  await applicant.getByRole("link", { name: "Edit" }).first().click();
  await expect(applicant).toHaveURL(/\/edit\/company$/);
  // Only the flagged field can change.
  await expect(applicant.getByLabel("Legal name of the company", { exact: true })).toHaveAttribute("readonly", "");
  await applicant.getByLabel("Website (optional)", { exact: true }).fill("https://elbe-propeller.example");
  await applicant.getByRole("button", { name: "Save the changes" }).click();
  await expect(applicant).toHaveURL(new RegExp(`/applications/${application.id}$`));
  await applicant.getByRole("button", { name: "Send the application again" }).click();
  await expect(applicant.getByText("Information requested").first()).toBeVisible();
  await expect(applicant.locator("ol").getByText("Resubmitted")).toBeVisible();
  const [saved] = await sql<{ company: { website: string; legalName: string }; status: string }[]>`select company, status from applications where id = ${application.id}`;
  expect(saved!.status).toBe("resubmitted");
  expect(saved!.company.website).toBe("https://elbe-propeller.example");
  expect(saved!.company.legalName).toBe(company);

  await page.reload();
  await page.getByRole("button", { name: "Send to expert review" }).click();
  await expect(page.getByText("The status is now: Expert review.")).toBeVisible();
  await page.getByRole("radio", { name: "Approve" }).check();
  await page.getByLabel("Date of the meeting").fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel("Reason for the applicant").fill("All requirements are met.");
  await page.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.getByText("The decision is recorded. The status is now: Approved.")).toBeVisible();

  await applicant.reload();
  const timeline = applicant.getByRole("region", { name: "Status timeline" });
  for (const status of ["Submitted", "Screening", "Information requested", "Resubmitted", "Expert review", "Approved"]) {
    await expect(timeline.getByText(status, { exact: true }).first()).toBeVisible();
  }
  await expect(timeline.getByText("Comment: All requirements are met.")).toBeVisible();
  const mails = await sql<{ subject: string }[]>`select subject from email_outbox where recipient = ${investor.email} and template = 'statusChanged' order by created_at`;
  expect(mails.map((mail) => mail.subject)).toEqual([
    `Application ${application.reference}: in screening`,
    `Application ${application.reference}: more information requested`,
    `Application ${application.reference}: resubmitted`,
    `Application ${application.reference}: in expert review`,
    `Application ${application.reference}: approved`,
  ]);
  await investorContext.close();
});
