import "@fontsource-variable/inter";
import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { ScriptFonts } from "@/components/fonts/script-fonts";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { localeDir } from "@/lib/i18n/config";
import { routing } from "@/lib/i18n/routing";
import { env } from "@/lib/env";

// No locale is prerendered at build time (the build needs no database); each
// page is rendered on its first request and then served from the cache.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : "en", namespace: "Metadata" });
  return {
    metadataBase: new URL(env().APP_URL),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("defaultDescription"),
    openGraph: { siteName: t("siteName"), type: "website", locale },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  return (
    <html lang={locale} dir={localeDir(locale)}>
      <body className="flex min-h-screen flex-col bg-white">
        {/* Persian, Korean and Chinese fonts: a stylesheet only in those locales' pages. */}
        <ScriptFonts locale={locale} />
        {/* Only the shell's messages here; areas with forms add theirs (ClientMessages). */}
        <ClientMessages>
          <SiteHeader locale={locale} />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
