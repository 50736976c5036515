import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { spheres, type Sphere } from "@/lib/content/enums";
import { Link } from "@/lib/i18n/link";

/**
 * Plain links, one URL per sphere (/partners/sphere/<sphere>), so the filter
 * works without JavaScript and each filtered list is a static, cached page.
 */
export function SphereFilter({ active }: { active: Sphere | null }) {
  const t = useTranslations("Partners");
  const tc = useTranslations("Content");
  const item = (href: string, label: string, current: boolean) => (
    <li key={href}>
      <Link
        href={href}
        aria-current={current ? "page" : undefined}
        className={clsx(
          "inline-flex min-h-10 items-center rounded-full border px-4 py-1.5 text-sm font-medium no-underline",
          current ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-white text-ink hover:border-brand-700 hover:text-brand-700",
        )}
      >
        {current ? <span aria-hidden="true" className="me-1.5">✓</span> : null}
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("filter.label")}>
      <p className="mb-2 text-sm font-semibold text-muted">{t("filter.label")}</p>
      <ul className="flex flex-wrap gap-2">
        {item("/partners", t("filter.all"), active === null)}
        {spheres.map((sphere) => item(`/partners/sphere/${sphere}`, tc(`spheres.${sphere}`), active === sphere))}
      </ul>
    </nav>
  );
}
