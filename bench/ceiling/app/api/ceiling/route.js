// The submissions ceiling: a bare POST route handler. Answers 200 and nothing else.
export const dynamic = "force-dynamic";

export function POST() {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
