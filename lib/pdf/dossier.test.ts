import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Application } from "@/db/schema";
import { eligibilityOf } from "@/lib/applications/staff-detail";
import { locales, type Locale } from "@/lib/i18n/config";
import { sampleSteps } from "@/lib/testing/sample-application";
import { renderDossier, type DossierData } from "./dossier";

// Renders every dossier and copy, reads the text back with poppler's pdftotext and keeps
// the first pages of ru, fa and zh as PNGs (pdftoppm) for a look by eye:
// PDF_PREVIEW_DIR=/tmp/previews npx vitest run lib/pdf/dossier.test.ts

const submittedAt = new Date("2026-02-02T09:00:00Z");
const application = {
  id: "5b0c4bb4-8f55-4c52-9d5a-5a3e3f0f0a01",
  ownerId: "5b0c4bb4-8f55-4c52-9d5a-5a3e3f0f0a02",
  reference: "LOT-2026-00042",
  status: "rejected",
  version: 5,
  ...sampleSteps,
  companyName: sampleSteps.company.legalName,
  submittedAt,
  statusChangedAt: new Date("2026-03-01T10:00:00Z"),
  decidedAt: new Date("2026-03-01T10:00:00Z"),
} as unknown as Application;

const data: DossierData = {
  application,
  eligibility: eligibilityOf(application),
  documents: [
    { id: "d1", slot: "business_plan", fileName: "business-plan.pdf", mimeType: "application/pdf", sizeBytes: 248_000, createdAt: new Date("2026-01-30T12:00:00Z") },
  ],
  events: [
    { at: submittedAt, toStatus: "submitted", reason: null, requestedItems: null },
    { at: new Date("2026-02-10T09:00:00Z"), toStatus: "expert_review", reason: null, requestedItems: null },
    { at: new Date("2026-03-01T10:00:00Z"), toStatus: "rejected", reason: "The investment is below 120 million RUB.", requestedItems: null },
  ],
  decisions: [
    {
      id: "c1",
      outcome: "reject",
      meetingDate: "2026-02-27",
      reason: "The investment is below 120 million RUB.",
      recordedByName: "Olga Reviewer",
      recordedAt: new Date("2026-03-01T10:00:00Z"),
      opinions: [{ memberId: "m1", memberName: "Council Member One", recommendation: "reject", reason: "Below the minimum investment.", updatedAt: new Date("2026-02-20T10:00:00Z") }],
    },
  ],
};

const work = mkdtempSync(path.join(tmpdir(), "dossier-"));
const previews = process.env.PDF_PREVIEW_DIR;
if (previews) mkdirSync(previews, { recursive: true });

function textOf(pdf: Buffer, name: string): string {
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  if (previews) execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", file, path.join(previews, name)]);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("the council's dossier", () => {
  it.each(["en", "ru"] as const)("in %s carries the reference, company, rules, documents and the decision", async (locale) => {
    const pdf = await renderDossier(data, { locale, kind: "dossier", now: new Date("2026-03-02T10:00:00Z") });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = textOf(pdf, `dossier-${locale}`);
    expect(text).toContain("LOT-2026-00042");
    expect(text).toContain("Hanbit Marine Co., Ltd.");
    expect(text).toContain("business-plan.pdf");
    expect(text).toContain("Below the minimum investment.");
    expect(text).toContain("The investment is below 120 million RUB.");
    if (locale === "ru") {
      expect(text).toContain("Досье заявки для экспертного совета");
      expect(text).toContain("Решение совета");
      expect(text).toContain("Отказать");
      expect(text).toContain("Рекомендовать отказать");
      expect(text).toContain("Применённые правила");
    } else {
      expect(text).toContain("The council's decision");
      expect(text).toContain("Reject (meeting of February 27, 2026)");
      expect(text).toContain("Rules applied");
    }
  });
});

describe("the applicant's copy", () => {
  it.each(locales)("in %s has the reference and company, and no council opinions", async (locale: Locale) => {
    const pdf = await renderDossier({ ...data, decisions: null }, { locale, kind: "copy" });
    const text = textOf(pdf, `copy-${locale}`);
    expect(text).toContain("LOT-2026-00042");
    expect(text).toContain("Hanbit Marine Co., Ltd.");
    expect(text).not.toContain("Below the minimum investment.");
    // The decision the applicant reads is on the timeline.
    expect(text).toContain("The investment is below 120 million RUB.");
  });

  it("shapes Persian: the extracted text has the words of the title, not isolated letters", async () => {
    const text = textOf(await renderDossier({ ...data, decisions: null }, { locale: "fa", kind: "copy" }), "copy-fa-shaping");
    for (const word of ["نسخه", "درخواست", "اقامت"]) expect(text).toContain(word);
  });

  it("shows the expected decision date while the application is open, with the 15 days as unconfirmed", async () => {
    const open = { ...data, application: { ...application, status: "expert_review" } as Application, decisions: null };
    const text = textOf(await renderDossier(open, { locale: "en", kind: "copy" }), "copy-open");
    expect(text).toContain("Decision expected by March 14, 2026");
    expect(text).toContain("not confirmed");
  });
});
