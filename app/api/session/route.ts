import { headerSession } from "@/lib/auth/header-session";
import { getViewer } from "@/lib/auth/session";

// The header's island on cached public pages asks here who is signed in. The
// answer is per reader, so it is never stored by the browser or a proxy. The
// cookie is checked like every request's (lib/auth/session.ts: decrypted,
// then role, account state and session version read from the database), so a
// revoked, expired or forged cookie answers "anonymous".
export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store", vary: "cookie" };

export async function GET(): Promise<Response> {
  return Response.json(headerSession(await getViewer()), { headers: NO_STORE });
}
