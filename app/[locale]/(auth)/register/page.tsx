import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { RegisterForm } from "@/components/auth/register-form";
import { countryOptions, isCountryCode } from "@/lib/geo/countries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("register.title") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ country?: string }> }) {
  const t = await getTranslations("Auth");
  const locale = await getLocale();
  const { country } = await searchParams;
  return (
    <AuthCard title={t("register.title")} intro={t("register.intro")}>
      <RegisterForm countries={countryOptions(locale)} defaultCountry={isCountryCode(country) ? country : undefined} />
    </AuthCard>
  );
}
