import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SavingsForm } from "@/components/sez/savings-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/section";
import type { Locale } from "@/lib/i18n/config";
import { pageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/sez/savings">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Savings" });
  return pageMetadata({ locale, path: "/sez/savings", title: t("metaTitle"), description: t("metaDescription") });
}

// Static page; the estimate runs in the browser, or in the server action without JavaScript.
export default async function SavingsPage({ params }: PageProps<"/[locale]/sez/savings">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("Savings");
  return (
    <>
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} />
      <div className="container-page py-10">
        <p className="mb-6 max-w-3xl rounded-lg border-s-4 border-lotus-600 bg-lotus-50 p-4 text-ink">{t("disclaimer")}</p>
        <ClientMessages namespaces={["Savings", "Forms"]}>
          <SavingsForm />
        </ClientMessages>
      </div>
    </>
  );
}
