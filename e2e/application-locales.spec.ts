import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { pdfBytes } from "./pages/application";
import { createUser, signInAs } from "./pages/staff";

type Catalog = typeof import("../messages/en.json");
const catalog = (locale: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "messages", `${locale}.json`), "utf8")) as Catalog;

// The whole residency application in Persian (right-to-left, Persian digits) and Korean,
// labels taken from the catalogs the pages use; axe runs on every page visited.
for (const locale of ["fa", "ko"] as const) {
  test(`the application flow in ${locale}, from the first step to the reference`, async ({ page, sql }) => {
    test.setTimeout(180_000);
    const m = catalog(locale).Apply;
    const label = (text: string) => page.getByLabel(text, { exact: true });
    const next = () => page.getByRole("button", { name: m.saveAndContinue }).click();
    const digits = (value: string) => (locale === "fa" ? value.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!) : value);

    const { email } = await createUser(sql, "investor", locale === "fa" ? "مریم احمدی" : "김지우");
    await signInAs(page, email);
    await page.goto(`/${locale}/apply`);
    await page.getByRole("button", { name: m.start.button }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/applications/.+/edit/company$`));
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "fa" ? "rtl" : "ltr");

    await label(m.company.legalName).fill(locale === "fa" ? "شرکت صنایع دریایی گیلان" : "한빛조선 주식회사");
    await label(m.company.country).selectOption(locale === "fa" ? "IR" : "KR");
    await label(m.company.registrationNumber).fill(digits("12345"));
    await label(m.company.sector).selectOption("shipbuilding");
    await label(m.company.size).selectOption("large");
    await label(m.company.legalEntity).selectOption("will_register_in_municipality");
    await next();
    await expect(page).toHaveURL(/\/edit\/project$/);

    await label(m.project.title).fill(locale === "fa" ? "کارگاه ساخت بلوک بدنه" : "선체 블록 제작 공장");
    await label(m.project.description).fill(
      locale === "fa"
        ? "ساخت بلوک‌های بدنه برای کشتی‌های رودخانه‌ای-دریایی که در ولگا و دریای خزر ساخته می‌شوند، با ۲۲۰ شغل."
        : "볼가강과 카스피해에서 건조되는 하천·해양 겸용 선박을 위한 선체 블록을 제작하며 220개의 일자리를 만듭니다.",
    );
    await label(m.project.products).fill(locale === "fa" ? "بلوک بدنه" : "선체 블록");
    await label(m.project.landHa).fill(digits("12"));
    await label(m.project.jobs).fill(digits("220"));
    await label(m.project.constructionYear).selectOption("2027");
    await label(m.project.constructionQuarter).selectOption("1");
    await label(m.project.productionYear).selectOption("2028");
    await label(m.project.productionQuarter).selectOption("4");
    await next();
    await expect(page).toHaveURL(/\/edit\/investment$/);

    await label(m.investment.totalRub).fill(digits("150000000"));
    await label(m.investment.capitalSharePercent).fill(digits("70"));
    await label(m.investment.financingSource).selectOption("bank_loan");
    await label(m.investment.financingProof).selectOption("bank_letter");
    await next();
    await expect(page).toHaveURL(/\/edit\/contact$/);

    await label(m.contact.position).fill(locale === "fa" ? "مدیر عامل" : "대표이사");
    await label(m.contact.phone).fill(locale === "fa" ? "+98 13 3312 3456" : "+82 2 1234 5678");
    await page.locator("#consent").check();
    await next();
    await expect(page).toHaveURL(/\/edit\/documents$/);

    await label(m.documents.slots.business_plan).setInputFiles({ name: "plan.pdf", mimeType: "application/pdf", buffer: pdfBytes() });
    await expect(page.getByText(m.documents.uploaded.replace("{name}", "plan.pdf"))).toBeVisible();
    await page.getByRole("link", { name: m.documents.continue }).click();
    await expect(page).toHaveURL(/\/edit\/review$/);
    await page.getByRole("button", { name: m.review.submit }).click();
    await expect(page).toHaveURL(/\/confirmation$/);
    await expect(page.getByTestId("reference")).toHaveText(/^LOT-\d{4}-\d{5}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.confirmation.title);
  });
}
