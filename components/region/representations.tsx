import { useTranslations } from "next-intl";
import type { RepresentationItem } from "@/lib/content/types";
import { Link } from "@/lib/i18n/link";

/** Foreign and federal representations hosted in Astrakhan region. */
export function Representations({ items, linkPartners = true }: { items: RepresentationItem[]; linkPartners?: boolean }) {
  const t = useTranslations("Content");
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {items.map((item) => (
        <li key={item.slug} className="flex gap-3 rounded-lg border border-line bg-white p-4">
          <span aria-hidden="true" className="mt-1 size-2.5 shrink-0 rounded-full bg-lotus-600" />
          <div>
            <p className="font-semibold">{item.name}</p>
            <p className="text-sm text-muted">
              {t(`representationKinds.${item.kind}`)}
              {linkPartners && item.partner ? (
                <>
                  {" · "}
                  <Link href={`/partners/${item.partner.slug}`} className="text-brand-700 underline hover:text-brand-900">
                    {item.partner.name}
                  </Link>
                </>
              ) : null}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
