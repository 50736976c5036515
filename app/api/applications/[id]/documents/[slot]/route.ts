import { getDb } from "@/db/client";
import { MAX_DOCUMENT_BYTES } from "@/lib/applications/constants";
import { getViewer } from "@/lib/auth/session";
import { decodeFileNameHeader } from "@/lib/documents/file-type";
import { uploadDocument } from "@/lib/documents/service";
import { clientAddress } from "@/lib/security/client-address";
import { RULES, throttleBoth } from "@/lib/security/rate-limit";

export const dynamic = "force-dynamic";

const STATUS = { not_found: 404, locked: 409, invalid_slot: 404, too_large: 413, unsupported_type: 415, empty: 400 } as const;

function answer(status: number, body: object, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

/**
 * Upload of one document: the raw file is the request body (not multipart,
 * not a server action, which would cap it at 1 MB), its name in X-File-Name.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; slot: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return answer(401, { ok: false, code: "unauthenticated" });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_DOCUMENT_BYTES) return answer(413, { ok: false, code: "too_large" });
  const limit = await throttleBoth(getDb(), { account: RULES.upload, address: RULES.uploadAddress }, { actorId: viewer.id, ip: await clientAddress() });
  if (!limit.allowed) return answer(429, { ok: false, code: "throttled" }, { "retry-after": String(limit.retryAfterSeconds) });
  if (!request.body) return answer(400, { ok: false, code: "empty" });
  const { id, slot } = await params;
  const fileName = decodeFileNameHeader(request.headers.get("x-file-name"));
  if (fileName === null) return answer(400, { ok: false, code: "invalid_file_name", field: "x-file-name" });
  const result = await uploadDocument(getDb(), viewer, { applicationId: id, slot, fileName, body: request.body });
  if (!result.ok) return answer(STATUS[result.error], { ok: false, code: result.error });
  return answer(201, { ok: true, document: result.document });
}
