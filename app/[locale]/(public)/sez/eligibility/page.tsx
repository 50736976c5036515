import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EligibilityForm } from "@/components/sez/eligibility-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/section";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/link";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/sez/eligibility">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Eligibility" });
  return pageMetadata({ locale, path: "/sez/eligibility", title: t("metaTitle"), description: t("metaDescription") });
}

// Static page: the form is a client island; the check runs in the browser, or in
// the server action when JavaScript is off.
export default async function EligibilityPage({ params }: PageProps<"/[locale]/sez/eligibility">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("Eligibility");
  return (
    <>
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} />
      <div className="container-page py-10">
        <ClientMessages namespaces={["Eligibility", "Forms"]}>
          <EligibilityForm />
        </ClientMessages>
        <p className="mt-10 text-sm text-muted">
          {t.rich("more", {
            link: (chunks) => (
              <Link href="/sez#requirements" className="text-brand-700 underline hover:text-brand-900">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
    </>
  );
}
