import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PartnersIndex } from "@/components/partners/partners-index";
import { loadPartners } from "@/lib/content/cached";
import { spheres, type Sphere } from "@/lib/content/enums";
import type { Locale } from "@/lib/i18n/config";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = PageProps<"/[locale]/partners/sphere/[sphere]">;

const isSphere = (value: string): value is Sphere => (spheres as readonly string[]).includes(value);

// One static, cached page per sphere, rendered on first request (no DB at build).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, sphere } = (await params) as { locale: Locale; sphere: string };
  if (!isSphere(sphere)) return {};
  const [t, tc] = await Promise.all([
    getTranslations({ locale, namespace: "Partners" }),
    getTranslations({ locale, namespace: "Content" }),
  ]);
  const name = tc(`spheres.${sphere}`);
  return pageMetadata({
    locale,
    path: `/partners/sphere/${sphere}`,
    title: t("sphereTitle", { sphere: name }),
    description: t("sphereDescription", { sphere: name }),
  });
}

export default async function PartnersBySpherePage({ params }: Props) {
  const { locale, sphere } = (await params) as { locale: Locale; sphere: string };
  if (!isSphere(sphere)) notFound();
  setRequestLocale(locale);
  const partners = await loadPartners(locale, sphere);
  return <PartnersIndex partners={partners} sphere={sphere} />;
}
