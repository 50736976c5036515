import { clsx } from "clsx";
import type { ReactNode } from "react";

/** A page section labelled by its own h2, with an optional lead paragraph. */
export function Section({
  id,
  title,
  intro,
  children,
  className,
}: {
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={clsx("py-10", className)}>
      <h2 id={`${id}-title`} className="text-2xl font-bold tracking-tight text-ink">
        {title}
      </h2>
      {intro ? <p className="mt-2 max-w-3xl text-muted">{intro}</p> : null}
      <div className="mt-6">{children}</div>
    </section>
  );
}

/** The heading block at the top of an inner page. */
export function PageHeader({ eyebrow, title, lead, children }: { eyebrow?: ReactNode; title: ReactNode; lead?: ReactNode; children?: ReactNode }) {
  return (
    <header className="border-b border-line bg-paper">
      <div className="container-page py-10 md:py-14">
        {eyebrow ? <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p> : null}
        <h1 className="mt-2 max-w-3xl text-3xl font-bold tracking-tight text-ink md:text-4xl">{title}</h1>
        {lead ? <p className="mt-4 max-w-3xl text-lg text-muted">{lead}</p> : null}
        {children ? <div className="mt-6 flex flex-wrap gap-3">{children}</div> : null}
      </div>
    </header>
  );
}

/** A small neutral tag (sphere, group). */
export function Chip({ children }: { children: ReactNode }) {
  return <span className="inline-flex rounded-full bg-brand-50 px-2.5 py-0.5 text-sm text-brand-900">{children}</span>;
}
