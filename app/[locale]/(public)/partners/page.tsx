import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PartnersIndex } from "@/components/partners/partners-index";
import { loadPartners } from "@/lib/content/cached";
import type { Locale } from "@/lib/i18n/config";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/partners">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Partners" });
  return pageMetadata({ locale, path: "/partners", title: t("metaTitle"), description: t("metaDescription") });
}

// Static and cached: the sphere filter lives at /partners/sphere/<sphere>, not
// in ?sphere=, because reading searchParams would render this page per request.
export default async function PartnersPage({ params }: PageProps<"/[locale]/partners">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const partners = await loadPartners(locale);
  return <PartnersIndex partners={partners} sphere={null} />;
}
