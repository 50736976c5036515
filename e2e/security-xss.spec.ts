import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createUser, seedSubmittedApplication, signInAs } from "./pages/staff";

// Stored XSS in the staff views (SECURITY-CHECKS #26). The investor-side
// validation refuses most of these strings (javascript: websites, HTML
// uploads), so they are written straight into the database: this checks the
// rendering, the last line of defence, for data however it got there. The
// staff pages also have a nonce CSP that would block inline handlers; a
// missing dialog alone therefore proves little, so the DOM is checked for the
// injected elements themselves.

const tag = Date.now().toString(36);
const HOSTILE = {
  company: `<img src=x id=xss-company onerror=alert(1)> ${tag}`,
  contactPerson: `<script id=xss-contact>alert(2)</script>`,
  website: "javascript:alert(3)//https://example.com",
  position: `"><svg id=xss-position onload=alert(4)>`,
  message: `<b id=xss-message>bold</b><iframe id=xss-iframe src="javascript:alert(5)"></iframe>`,
  note: `<a id=xss-note href="javascript:alert(6)">click</a>`,
  fileName: `<img src=x id=xss-file onerror=alert(7)>.pdf`,
  reason: `<details id=xss-reason open ontoggle=alert(8)>`,
};
const INJECTED_IDS = ["xss-company", "xss-contact", "xss-position", "xss-message", "xss-iframe", "xss-note", "xss-file", "xss-reason"];

/** Fails on any dialog, and records what a payload might still manage to run. */
function guard(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectInert(page: Page, dialogs: string[], where: string): Promise<void> {
  await page.waitForLoadState("load");
  const found = await page.evaluate((ids) => {
    const elements = ids.filter((id) => document.getElementById(id) !== null);
    const handlers = [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.outerHTML.slice(0, 80));
    const scriptLinks = [...document.querySelectorAll("a[href], iframe[src], form[action]")]
      .map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? "")
      .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url));
    const injectedTags = document.querySelectorAll("img[src='x'], iframe, svg[onload], details[ontoggle]").length;
    return { elements, handlers, scriptLinks, injectedTags };
  }, INJECTED_IDS);
  expect(found, where).toEqual({ elements: [], handlers: [], scriptLinks: [], injectedTags: 0 });
  expect(dialogs, where).toEqual([]);
}

test.describe("stored XSS in the staff views", () => {
  test("hostile company, contact, website, message, note, reason and file name render as text in the queue, the detail page and the export", async ({ page, sql }) => {
    test.setTimeout(150_000);
    const dialogs = guard(page);
    const investor = await createUser(sql, "investor", HOSTILE.contactPerson);
    const staff = await createUser(sql, "staff", "Xss Reviewer");
    const application = await seedSubmittedApplication(sql, investor.id, HOSTILE.company);
    await sql`
      update applications set
        company = company || ${sql.json({ legalName: HOSTILE.company, website: HOSTILE.website })},
        contact = contact || ${sql.json({ person: HOSTILE.contactPerson, position: HOSTILE.position })},
        contact_name = ${HOSTILE.contactPerson}
      where id = ${application.id}`;
    await sql`insert into application_messages (application_id, author_id, from_staff, body) values (${application.id}, ${investor.id}, false, ${HOSTILE.message})`;
    await sql`insert into application_notes (application_id, author_id, body) values (${application.id}, ${investor.id}, ${HOSTILE.note})`;
    await sql`insert into application_events (application_id, actor_id, from_status, to_status, reason) values (${application.id}, ${investor.id}, 'submitted', 'submitted', ${HOSTILE.reason})`;
    await sql`
      insert into application_documents (application_id, slot, storage_key, file_name, mime_type, size_bytes, sha256, uploaded_by_id)
      values (${application.id}, (select unnest(enum_range(null::document_slot)) limit 1), ${randomUUID()}, ${HOSTILE.fileName}, 'application/pdf', 2048, ${"0".repeat(64)}, ${investor.id})`;

    await signInAs(page, staff.email);

    // The queue, searched by the hostile name.
    await page.goto(`/en/admin/applications?q=${encodeURIComponent(tag)}`);
    await expect(page.getByRole("link", { name: application.reference })).toBeVisible();
    await expect(page.getByText(HOSTILE.company).first()).toBeVisible();
    await expectInert(page, dialogs, "queue");

    // The detail page: every hostile string is visible as its own text.
    await page.goto(`/en/admin/applications/${application.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(HOSTILE.company);
    for (const text of [HOSTILE.contactPerson, HOSTILE.position, HOSTILE.message, HOSTILE.note, HOSTILE.fileName, HOSTILE.website]) {
      await expect(page.getByText(text, { exact: false }).first(), text).toBeVisible();
    }
    // The javascript: website is shown, but not as a link.
    await expect(page.getByRole("link", { name: HOSTILE.website })).toHaveCount(0);
    await expect(page.getByRole("link", { name: HOSTILE.fileName })).toHaveAttribute("href", /^\/api\/documents\/[0-9a-f-]{36}$/);
    await expectInert(page, dialogs, "detail");

    // The CSV export: a download, never rendered as a page, the strings carried as data.
    const exported = await page.request.get(`/api/admin/export?q=${encodeURIComponent(tag)}`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-type"]).toMatch(/^text\/csv/);
    expect(exported.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(exported.headers()["x-content-type-options"]).toBe("nosniff");
    const csv = await exported.text();
    expect(csv).toContain(application.reference);
    expect(csv).toContain(HOSTILE.company);

    // The applicant's own view of the same data.
    await page.context().clearCookies();
    await signInAs(page, investor.email);
    await page.goto(`/en/applications/${application.id}`);
    await expect(page.getByText(HOSTILE.company).first()).toBeVisible();
    await expectInert(page, dialogs, "investor view");
  });
});
