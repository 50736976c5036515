// The public-pages ceiling: the barest static page the framework serves.
export const dynamic = "force-static";

export default function CeilingPage() {
  return (
    <main>
      <h1>Ceiling</h1>
    </main>
  );
}
