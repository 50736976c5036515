import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { findOpenDraft } from "@/lib/applications/drafts";
import { requirePageViewer } from "@/lib/auth/session";
import { isCountryCode } from "@/lib/geo/countries";
import { startApplicationAction } from "../applications/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Apply");
  return { title: t("title"), robots: { index: false } };
}

export default async function ApplyPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ country?: string }> }) {
  const { locale } = await params;
  const viewer = await requirePageViewer();
  const t = await getTranslations("Apply");
  if (viewer.role !== "investor") {
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-3xl font-bold">{t("start.title")}</h1>
        <p className="mt-4">{t("start.staffOnly")}</p>
      </div>
    );
  }
  // Resume where the investor stopped, on any device.
  const draft = await findOpenDraft(getDb(), viewer);
  if (draft) redirect(`/${locale}/applications/${draft.id}/edit/${draft.lastStep}`);
  const { country } = await searchParams;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("start.title")}</h1>
      <p className="text-lg text-muted">{t("start.intro")}</p>
      {!viewer.emailVerified ? <FormAlert tone="info">{t("start.unverified")}</FormAlert> : null}
      {/* The key is fixed when the page renders: a double click posts it twice and still starts one draft. */}
      <form action={startApplicationAction}>
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        {isCountryCode(country) ? <input type="hidden" name="country" value={country} /> : null}
        <Button type="submit">{t("start.button")}</Button>
      </form>
    </div>
  );
}
