import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/session";
import { openDocument } from "@/lib/documents/service";
import { clientAddressFrom } from "@/lib/security/client-address";

export const dynamic = "force-dynamic";

/** A document, to its application's owner or to staff only, always as a download. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  const notFound = new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  if (!viewer) return notFound;
  const { id } = await params;
  const ip = clientAddressFrom(request.headers);
  const document = await openDocument(getDb(), viewer, id, ip);
  if (!document) return notFound;
  const ascii = document.fileName.replace(/[^\x20-\x7e]/g, "_");
  return new Response(document.stream, {
    headers: {
      "content-type": document.mimeType,
      "content-length": String(document.sizeBytes),
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
