import type { APIRequestContext, Page, Request } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { expect, test } from "./fixtures";
import { captureAction, replayAction } from "./pages/security";
import { createUser, seedSubmittedApplication, signInAs } from "./pages/staff";

/** Clicks, and captures the server-action POST the click sends. */
async function actionOf(page: Page, click: () => Promise<void>): Promise<Request> {
  const captured = captureAction(page);
  await click();
  return captured;
}

/** Posts a captured server action again (pages/security.ts), from another client, with some arguments replaced. */
async function replay(client: APIRequestContext, action: Request, replace: [string, string][]) {
  let body = action.postData() ?? "";
  for (const [from, to] of replace) body = body.replaceAll(from, to);
  const response = await replayAction(client, action, body, { origin: baseURL });
  return { status: response.status(), text: await response.text() };
}

test.describe("authorization lives in the data layer", () => {
  test("a captured staff action replayed by an investor or anonymously changes nothing; replayed by staff it works", async ({ browser, page, sql, playwright }) => {
    const owner = await createUser(sql, "investor", "Anna Schmidt");
    const staff = await createUser(sql, "staff", "Olga Reviewer");
    const first = await seedSubmittedApplication(sql, owner.id, `Replay One ${Date.now()}`);
    const target = await seedSubmittedApplication(sql, owner.id, `Replay Two ${Date.now()}`);
    const control = await seedSubmittedApplication(sql, owner.id, `Replay Three ${Date.now()}`);

    await signInAs(page, staff.email);
    await page.goto(`/en/admin/applications/${first.id}`);
    const action = await actionOf(page, () => page.getByRole("button", { name: "Start screening" }).click());
    await expect(page.getByText("The status is now: Screening.")).toBeVisible();

    const investorContext = await browser.newContext();
    const investorPage = await investorContext.newPage();
    await signInAs(investorPage, owner.email);
    const asInvestor = await replay(investorContext.request, action, [[first.id, target.id]]);
    expect(asInvestor.text).not.toContain('"ok":true');
    const anonymous = await playwright.request.newContext({ baseURL });
    const asAnonymous = await replay(anonymous, action, [[first.id, target.id]]);
    expect(asAnonymous.text).not.toContain('"ok":true');
    const [unchanged] = await sql<{ status: string; version: number }[]>`select status, version from applications where id = ${target.id}`;
    expect(unchanged).toEqual({ status: "submitted", version: 1 });
    expect(await sql`select 1 from application_events where application_id = ${target.id} and to_status = 'screening'`).toHaveLength(0);

    // The same replay with a staff session does work: the refusals above are the data layer's, not a broken replay.
    const asStaff = await replay(page.context().request, action, [[first.id, control.id]]);
    expect(asStaff.status).toBe(200);
    const [moved] = await sql<{ status: string }[]>`select status from applications where id = ${control.id}`;
    expect(moved!.status).toBe("screening");
    await investorContext.close();
    await anonymous.dispose();
  });

  test("an investor's own save action replayed against another investor's draft writes nothing", async ({ page, sql }) => {
    const victim = await createUser(sql, "investor", "Victim Investor");
    const intruder = await createUser(sql, "investor", "Intruder Investor");
    const [victimDraft] = await sql<{ id: string }[]>`
      insert into applications (owner_id, idempotency_key) values (${victim.id}, gen_random_uuid()) returning id`;

    await signInAs(page, intruder.email);
    await page.goto("/en/apply");
    await page.getByRole("button", { name: "Start the application" }).click();
    await expect(page).toHaveURL(/\/edit\/company$/);
    const ownId = page.url().match(/applications\/([0-9a-f-]{36})/)![1]!;
    await page.getByLabel("Legal name of the company", { exact: true }).fill("Intruder Holdings");
    await page.getByLabel("Country of registration", { exact: true }).selectOption("NL");
    await page.getByLabel("Registration number at home", { exact: true }).fill("KvK 1");
    await page.getByLabel("Sector", { exact: true }).selectOption("logistics");
    await page.getByLabel("Company size", { exact: true }).selectOption("small");
    await page.getByLabel("Russian legal entity", { exact: true }).selectOption("none");
    const action = await actionOf(page, () => page.getByRole("button", { name: "Save and continue" }).click());
    await expect(page).toHaveURL(/\/edit\/project$/);

    const result = await replay(page.context().request, action, [[ownId, victimDraft!.id]]);
    expect(result.text).not.toContain('"ok":true');
    const [row] = await sql<{ company: unknown }[]>`select company from applications where id = ${victimDraft!.id}`;
    expect(row!.company).toBeNull();

    // Extra fields (mass assignment) are refused too.
    const massAssigned = await replay(page.context().request, action, [['"legalName"', '"status":"approved","ownerId":"x","legalName"']]);
    expect(massAssigned.text).not.toContain('"ok":true');
    const [own] = await sql<{ status: string }[]>`select status from applications where id = ${ownId}`;
    expect(own!.status).toBe("draft");
  });

  test("a disabled account and a demoted staff member lose access on their next request", async ({ browser, page, sql }) => {
    const investor = await createUser(sql, "investor", "Soon Disabled");
    await signInAs(page, investor.email);
    await page.goto("/en/account");
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await sql`update users set status = 'disabled' where id = ${investor.id}`;
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in/);

    const staff = await createUser(sql, "staff", "Soon Demoted");
    const context = await browser.newContext();
    const staffPage = await context.newPage();
    await signInAs(staffPage, staff.email);
    expect((await staffPage.goto("/en/admin/applications"))?.status()).toBe(200);
    await sql`update users set role = 'investor' where id = ${staff.id}`;
    expect((await staffPage.goto("/en/admin/applications"))?.status()).toBe(404);
    await context.close();
  });

  test("upload route: oversized, disguised and path-named files are refused and nothing is stored", async ({ page, sql }) => {
    const investor = await createUser(sql, "investor", "Upload Tester");
    await signInAs(page, investor.email);
    const [draft] = await sql<{ id: string }[]>`insert into applications (owner_id, idempotency_key) values (${investor.id}, gen_random_uuid()) returning id`;
    const url = `/api/applications/${draft!.id}/documents/business_plan`;
    const post = (data: Buffer, name: string) =>
      page.request.post(url, { headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(name) }, data });

    expect((await post(Buffer.alloc(20 * 1024 * 1024, 0x25), "big.pdf")).status()).toBe(413);
    expect((await post(Buffer.from("MZ\x90\x00\x03 not a pdf"), "setup.pdf")).status()).toBe(415);
    expect((await post(Buffer.from("<svg onload=alert(1)></svg>"), "x.svg")).status()).toBe(415);
    expect((await page.request.post(`/api/applications/${draft!.id}/documents/passport`, { data: Buffer.from("%PDF-1.4") })).status()).toBe(404);
    expect(await sql`select 1 from application_documents where application_id = ${draft!.id}`).toHaveLength(0);

    const ok = await post(Buffer.from("%PDF-1.4\n%%EOF\n"), "../../etc/passwd\u202Egpj.pdf");
    expect(ok.status()).toBe(201);
    const [stored] = await sql<{ file_name: string; mime_type: string }[]>`select file_name, mime_type from application_documents where application_id = ${draft!.id}`;
    expect(stored).toEqual({ file_name: "passwdgpj.pdf", mime_type: "application/pdf" });
    const download = await page.request.get(`/api/documents/${(await ok.json()).document.id}`);
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="passwdgpj.pdf"/);
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("the development mailbox does not exist in production", async ({ page }) => {
    expect((await page.goto("/en/dev/mailbox"))?.status()).toBe(404);
  });
});
