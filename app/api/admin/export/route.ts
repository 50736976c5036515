import { getDb } from "@/db/client";
import { exportApplicationsCsv, exportFileName } from "@/lib/applications/export";
import { parseQueueFilters, queueFilterErrors } from "@/lib/applications/queue-filters";
import { isStaff } from "@/lib/auth/roles";
import { recordDenial } from "@/lib/audit/denial";
import { getViewer } from "@/lib/auth/session";
import { clientAddress } from "@/lib/security/client-address";

// GET /api/admin/export?status=…&country=…: the queue as CSV, staff only.
// Anyone else gets the same 404 as a route that does not exist.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer || !isStaff(viewer)) {
    if (viewer) await recordDenial({ code: "forbidden", actorId: viewer.id, area: "route", detail: { route: "export" } });
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
  }
  const params = new URL(request.url).searchParams;
  // A date that names no real day (2024-02-30) is the caller's mistake: 400 naming the field, never a 500.
  const invalid = queueFilterErrors(params);
  if (invalid.length > 0) {
    return Response.json(
      { ok: false, code: "invalid", fieldErrors: Object.fromEntries(invalid.map((field) => [field, "invalidDate"])) },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const filters = parseQueueFilters(params);
  const stream = await exportApplicationsCsv(getDb(), viewer, { ...filters, after: undefined }, { ip: await clientAddress() });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName()}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
