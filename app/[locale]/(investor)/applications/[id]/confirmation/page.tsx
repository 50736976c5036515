import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getApplicationForApplicant } from "@/lib/applications/investor-queries";
import { requirePageViewer } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Apply");
  return { title: t("confirmation.title"), robots: { index: false } };
}

export default async function ConfirmationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer("investor");
  const data = await getApplicationForApplicant(getDb(), viewer, id);
  if (!data?.application.reference) notFound();
  const t = await getTranslations("Apply");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 rounded-lg border border-line p-8 text-center">
      <h1 className="text-3xl font-bold">{t("confirmation.title")}</h1>
      <p>{t("confirmation.body")}</p>
      <p className="font-mono text-3xl font-bold text-brand-700" data-testid="reference">
        {data.application.reference}
      </p>
      <p className="text-muted">{t("confirmation.next")}</p>
      <p>
        <Link href={`/applications/${id}`} className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t("confirmation.view")}
        </Link>
      </p>
    </div>
  );
}
