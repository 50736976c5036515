// The ceiling of the submission benchmark (`npm run bench`): a bare POST route
// handler in the same build, no session, no database. Answers 200 and nothing else.
export const dynamic = "force-dynamic";

export function POST() {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
