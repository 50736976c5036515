import { expect, test } from "./fixtures";
import { createUser, seedSubmittedApplication, signInAs } from "./pages/staff";
import type { Browser, Page } from "@playwright/test";

// The expert council end to end: staff send an application to the council, two
// members give their opinions (the second sees the first only after giving
// theirs), staff record the decision, and the investor reads the outcome and
// the reason. Every page visited is checked with axe (fixtures.ts).

const today = () => new Date().toISOString().slice(0, 10);

const copy = {
  en: {
    toReview: "Send to expert review",
    inReview: "The status is now: Expert review.",
    recommend: { approve: "Recommend approval", reject: "Recommend rejection" },
    reason: "Reason",
    save: "Save my opinion",
    saved: "Your opinion is saved.",
    hidden: "You see the other members' opinions once you have given your own.",
    reject: "Reject",
    meeting: "Date of the meeting",
    applicantReason: "Reason for the applicant",
    record: "Record the decision",
    recorded: "The decision is recorded. The status is now: Rejected.",
    tally: "Opinions: 1 for approval, 1 for rejection, 0 asking for information.",
    rejected: "Rejected",
    timeline: "Status timeline",
    copyLink: "Download a copy (PDF)",
    dossier: "Download the dossier",
  },
  ru: {
    toReview: "Передать на экспертизу",
    inReview: "Новый статус: Экспертиза.",
    recommend: { approve: "Рекомендовать одобрить", reject: "Рекомендовать отказать" },
    reason: "Обоснование",
    save: "Сохранить заключение",
    saved: "Заключение сохранено.",
    hidden: "Заключения других членов видны после того, как вы дадите своё.",
    reject: "Отказать",
    meeting: "Дата заседания",
    applicantReason: "Обоснование для заявителя",
    record: "Записать решение",
    recorded: "Решение записано. Текущий статус: Отклонена.",
    tally: "Заключения: за одобрение — 1, за отказ — 1, за запрос сведений — 0.",
    rejected: "Отклонена",
    timeline: "История рассмотрения",
    copyLink: "Скачать копию (PDF)",
    dossier: "Скачать досье",
  },
} as const;

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return page;
}

for (const locale of ["en", "ru"] as const) {
  const c = copy[locale];
  test(`[${locale}] staff send to the council, two members give opinions, staff record the decision, the investor reads it`, async ({ page, browser, sql }) => {
    test.slow();
    const investor = await createUser(sql, "investor", "Anna Schmidt");
    const staff = await createUser(sql, "staff", "Olga Reviewer");
    const first = await createUser(sql, "council", "Council Member One");
    const second = await createUser(sql, "council", "Council Member Two");
    for (const user of [investor, staff, first, second]) await sql`update users set preferred_locale = ${locale} where id = ${user.id}`;
    const company = `Volga Hulls ${Date.now().toString(36)}`;
    const application = await seedSubmittedApplication(sql, investor.id, company);
    await sql`update applications set status = 'screening', version = version + 1 where id = ${application.id}`;

    // Staff: send to the council.
    await signInAs(page, staff.email);
    await page.goto(`/${locale}/admin/applications/${application.id}`);
    await page.getByRole("button", { name: c.toReview }).click();
    await expect(page.getByText(c.inReview)).toBeVisible();

    // The first member lands on the council's list after signing in, and gives an opinion.
    const one = await signedIn(browser, first.email);
    await expect(one).toHaveURL(/\/council$/);
    await one.goto(`/${locale}/council`);
    await one.getByRole("link", { name: application.reference }).click();
    await expect(one.getByText(c.hidden)).toBeVisible();
    await one.goto(one.url()); // the application page itself, checked with axe
    await one.getByRole("radio", { name: c.recommend.approve }).check();
    await one.getByLabel(c.reason, { exact: true }).fill("The project meets every published rule.");
    await one.getByRole("button", { name: c.save }).click();
    await expect(one.getByText(c.saved)).toBeVisible();

    // The second member does not see the first opinion before giving their own.
    const two = await signedIn(browser, second.email);
    await two.goto(`/${locale}/council/applications/${application.id}`);
    await expect(two.getByText("The project meets every published rule.")).toHaveCount(0);
    await two.getByRole("radio", { name: c.recommend.reject }).check();
    await two.getByLabel(c.reason, { exact: true }).fill("The financing is not documented.");
    await two.getByRole("button", { name: c.save }).click();
    await expect(two.getByText("The project meets every published rule.")).toBeVisible();

    // Staff see the tally and record the decision with the meeting date.
    await page.reload();
    await expect(page.getByText(c.tally)).toBeVisible();
    await expect(page.getByRole("button", { name: c.dossier })).toBeVisible();
    await page.getByRole("radio", { name: c.reject, exact: true }).check();
    await page.getByLabel(c.meeting).fill(today());
    await page.getByLabel(c.applicantReason).fill("The financing of the investment is not documented.");
    await page.getByRole("button", { name: c.record }).click();
    // The form (and its "recorded" message) leaves the page once the application is closed, which
    // can happen before the message is read: wait for the durable outcome instead.
    await expect.poll(async () => (await sql<{ status: string }[]>`select status from applications where id = ${application.id}`)[0]!.status).toBe("rejected");
    await page.reload();
    await expect(page.getByText(new RegExp(`${staff.name}$`)).first()).toBeVisible();
    // The staff's dossier, drawn on the server in the chosen language.
    const dossier = await page.request.get(`/api/applications/${application.id}/dossier?lang=${locale}`);
    expect(dossier.status()).toBe(200);
    expect(dossier.headers()["content-type"]).toBe("application/pdf");
    expect(dossier.headers()["content-disposition"]).toContain(`dossier-${application.reference}-${locale}.pdf`);

    // Decided: the application has left the council's list and page.
    const gone = await two.goto(`/${locale}/council/applications/${application.id}`);
    expect(gone?.status()).toBe(404);

    // The investor reads the outcome and the reason, and can download a copy.
    const applicant = await signedIn(browser, investor.email);
    await applicant.goto(`/${locale}/applications/${application.id}`);
    const timeline = applicant.getByRole("region", { name: c.timeline });
    await expect(timeline.getByText(c.rejected, { exact: true }).first()).toBeVisible();
    await expect(timeline.getByText("The financing of the investment is not documented.")).toBeVisible();
    const download = await applicant.request.get(`/api/applications/${application.id}/copy?lang=${locale}`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    // Nobody else gets it: the council member and the other staff routes answer 404.
    expect((await two.request.get(`/api/applications/${application.id}/copy?lang=${locale}`)).status()).toBe(404);
    expect((await applicant.request.get(`/api/applications/${application.id}/dossier?lang=${locale}`)).status()).toBe(404);
    const mails = await sql<{ subject: string }[]>`select subject from email_outbox where recipient = ${investor.email} and template = 'statusChanged' order by created_at`;
    expect(mails).toHaveLength(2); // in expert review, then the decision

    for (const p of [one, two, applicant]) await p.context().close();
  });
}

test("a council member cannot open applications outside expert review, nor staff pages", async ({ page, sql }) => {
  const investor = await createUser(sql, "investor", "Reza Ahmadi");
  const member = await createUser(sql, "council", "Council Member Three");
  const application = await seedSubmittedApplication(sql, investor.id, `Caspian Pumps ${Date.now().toString(36)}`);
  await signInAs(page, member.email);
  expect((await page.goto(`/en/council/applications/${application.id}`))?.status()).toBe(404);
  expect((await page.goto(`/en/admin/applications/${application.id}`))?.status()).toBe(404);
  expect((await page.request.get(`/api/applications/${application.id}/dossier`)).status()).toBe(404);
  await page.goto("/en/council");
  await expect(page.getByRole("link", { name: application.reference })).toHaveCount(0);
});

test("applications past the 40-day decision time come first on the overview and the queue, with days overdue", async ({ page, sql }) => {
  const investor = await createUser(sql, "investor", "Li Wei");
  const staff = await createUser(sql, "staff", "Olga Deadline");
  const application = await seedSubmittedApplication(sql, investor.id, `Late Turbines ${Date.now().toString(36)}`);
  await sql`update applications set submitted_at = now() - interval '45 days' where id = ${application.id}`;
  await signInAs(page, staff.email);
  for (const path of ["/en/admin", "/en/admin/applications"]) {
    await page.goto(path);
    const overdue = page.getByRole("region", { name: "Past the 40-day decision time" });
    await expect(overdue.getByRole("link", { name: application.reference })).toBeVisible();
    await expect(overdue.getByText("5 days overdue").first()).toBeVisible();
    await expect(overdue.getByText("A 15-day fast track has been proposed but is not confirmed", { exact: false })).toBeVisible();
  }
});
