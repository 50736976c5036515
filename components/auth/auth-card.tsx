import type { ReactNode } from "react";

export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section className="w-full max-w-md rounded-lg border border-line bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{title}</h1>
      {intro ? <div className="mt-2 text-muted">{intro}</div> : null}
      <div className="mt-6">{children}</div>
    </section>
  );
}
