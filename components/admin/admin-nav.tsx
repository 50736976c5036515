"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const LINKS = [
  { href: "/admin/applications", key: "queue", adminOnly: false },
  { href: "/admin/statistics", key: "statistics", adminOnly: false },
  { href: "/admin/content", key: "content", adminOnly: false },
  { href: "/admin/users", key: "users", adminOnly: true },
  { href: "/admin/audit", key: "audit", adminOnly: true },
] as const;

/** The staff area's own navigation; the current section is marked for screen readers too. */
export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations("Admin");
  const pathname = usePathname();
  return (
    <nav aria-label={t("navLabel")} className="border-b border-line pb-3">
      <ul className="flex flex-wrap gap-1">
        <li>
          <Link href="/admin" aria-current={pathname === "/admin" ? "page" : undefined} className={linkClass(pathname === "/admin")}>
            {t("nav.overview")}
          </Link>
        </li>
        {LINKS.filter((link) => isAdmin || !link.adminOnly).map((link) => {
          const current = pathname.startsWith(link.href);
          return (
            <li key={link.key}>
              <Link href={link.href} aria-current={current ? "page" : undefined} className={linkClass(current)}>
                {t(`nav.${link.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function linkClass(current: boolean) {
  return clsx(
    "block rounded px-3 py-2 font-medium",
    current ? "bg-brand-700 text-white underline underline-offset-4" : "text-ink hover:bg-brand-50 hover:text-brand-700",
  );
}
