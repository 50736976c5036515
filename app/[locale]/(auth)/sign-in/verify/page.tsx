import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { PendingExpired } from "@/components/auth/pending-expired";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { getDb } from "@/db/client";
import { readPendingCookie } from "@/lib/auth/pending-cookie";
import { pendingUser } from "@/lib/auth/second-factor";
import { keptNext } from "@/lib/auth/next-param";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("secondFactor.title"), robots: { index: false } };
}

/** Second step of a staff sign-in: reached only with a valid pending ticket. */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const t = await getTranslations("Auth");
  const { next } = await searchParams;
  const nextPath = keptNext(next, `/${await getLocale()}/sign-in/verify`);
  const user = await pendingUser(getDb(), await readPendingCookie());
  if (user && !user.totpEnrolledAt) redirect(`/${await getLocale()}/sign-in/enrol${nextPath ? `?next=${encodeURIComponent(nextPath)}` : ""}`);
  return (
    <AuthCard title={t("secondFactor.title")} intro={user ? t("secondFactor.intro") : undefined}>
      {user ? <SecondFactorForm next={nextPath} submitLabel={t("secondFactor.submit")} /> : <PendingExpired />}
    </AuthCard>
  );
}
