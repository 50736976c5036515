import "@fontsource-variable/inter";
import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { ScriptFonts } from "@/components/fonts/script-fonts";
import { ErrorMessagesProvider, type ErrorMessages } from "@/components/i18n/error-messages";
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
  const t = await getTranslations({ locale, namespace: "Errors" });
  const marker = "\u0000";
  const [referenceBefore = "", referenceAfter = ""] = t("reference", { id: marker }).split(marker);
  const errorMessages: ErrorMessages = { errorTitle: t("errorTitle"), errorBody: t("errorBody"), referenceBefore, referenceAfter, retry: t("retry") };

  return (
    <html lang={locale} dir={localeDir(locale)}>
      <body className="flex min-h-screen flex-col bg-white">
        {/* Persian, Korean and Chinese fonts: a stylesheet only in those locales' pages. */}
        <ScriptFonts locale={locale} />
        {/*
          No next-intl client provider here: the shell is server-rendered with plain
          links, so public pages ship no message formatter. Areas whose client
          components translate add their own (ClientMessages, the admin layout).
        */}
        {/* Header and <main> come from each area's layout (components/layout/page-frame.tsx). */}
        <ErrorMessagesProvider messages={errorMessages}>{children}</ErrorMessagesProvider>
        <SiteFooter />
      </body>
    </html>
  );
}
