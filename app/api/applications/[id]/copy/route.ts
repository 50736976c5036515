import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/session";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { renderDossier } from "@/lib/pdf/dossier";
import { copyForOwner } from "@/lib/pdf/dossier-data";
import { notFoundResponse, pdfResponse } from "@/lib/pdf/response";

export const dynamic = "force-dynamic";

/** The applicant's own copy of a submitted application, in the language of the page it was asked from (?lang=). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  const { id } = await params;
  const lang = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(lang) ? lang : isLocale(viewer.preferredLocale) ? viewer.preferredLocale : defaultLocale;
  const data = await copyForOwner(getDb(), viewer, id);
  if (!data) return notFoundResponse();
  const pdf = await renderDossier(data, { locale, kind: "copy" });
  return pdfResponse(pdf, `application-${data.application.reference ?? id}-${locale}`);
}
