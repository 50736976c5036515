import { getDb } from "@/db/client";
import { isStaff } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/session";
import { renderDossier } from "@/lib/pdf/dossier";
import { dossierForStaff } from "@/lib/pdf/dossier-data";
import { notFoundResponse, pdfResponse } from "@/lib/pdf/response";
import { clientAddress } from "@/lib/security/client-address";

export const dynamic = "force-dynamic";

/** The council's dossier of a submitted application, for staff, in Russian or English (?lang=ru|en). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer || !isStaff(viewer)) return notFoundResponse();
  const { id } = await params;
  const locale = new URL(request.url).searchParams.get("lang") === "ru" ? "ru" : "en";
  const data = await dossierForStaff(getDb(), viewer, id, await clientAddress());
  if (!data) return notFoundResponse();
  const pdf = await renderDossier(data, { locale, kind: "dossier" });
  return pdfResponse(pdf, `dossier-${data.application.reference ?? id}-${locale}`);
}
