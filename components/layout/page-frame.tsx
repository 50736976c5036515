import type { ReactNode } from "react";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import { SiteHeader } from "./site-header";

/**
 * Header and main landmark of every page. Rendered by each area's layout, not
 * by the locale layout, because the header's account corner differs: cached
 * public pages leave it to the browser ("browser"), per-user pages render it
 * on the server ("server"). The locale layout has already refused unknown locales.
 */
export async function PageFrame({ params, account, children }: { params: Promise<{ locale: string }>; account: "server" | "browser"; children: ReactNode }) {
  const { locale } = await params;
  return (
    <>
      <SiteHeader locale={isLocale(locale) ? locale : defaultLocale} account={account} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
    </>
  );
}
