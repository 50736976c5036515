import { useTranslations } from "next-intl";
import { SourceCite } from "@/components/ui/source-cite";
import type { OrganisationItem } from "@/lib/content/types";

/** Organisations and companies involved, with their side and sector. */
export function Organisations({ items }: { items: OrganisationItem[] }) {
  const tc = useTranslations("Content");
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {items.map((org) => (
        <li key={org.slug} data-sourced="" className="rounded-lg border border-line bg-white p-5">
          <h3 className="text-lg font-semibold">{org.name}</h3>
          <p className="mt-1 text-sm text-muted">
            {tc(`origins.${org.origin}`)} · {tc(`sectors.${org.sector}`)}
          </p>
          <p className="mt-2">{org.role}</p>
          <SourceCite source={org.source} className="mt-2 text-xs text-muted" />
        </li>
      ))}
    </ul>
  );
}
