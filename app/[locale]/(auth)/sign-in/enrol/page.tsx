import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { PendingExpired } from "@/components/auth/pending-expired";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { getDb } from "@/db/client";
import { readPendingCookie } from "@/lib/auth/pending-cookie";
import { enrolmentDetails, pendingUser } from "@/lib/auth/second-factor";
import { keptNext } from "@/lib/auth/next-param";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("enrol.title"), robots: { index: false }, referrer: "no-referrer" };
}

/**
 * First staff sign-in: the authenticator's secret as an otpauth:// link and
 * as text (no QR service: nothing leaves the server). Shown only to the
 * holder of a valid pending ticket, on a no-store page; confirmed by a code.
 */
export default async function EnrolPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const t = await getTranslations("Auth");
  const { next } = await searchParams;
  const nextPath = keptNext(next, `/${await getLocale()}/sign-in/enrol`);
  const user = await pendingUser(getDb(), await readPendingCookie());
  if (user?.totpEnrolledAt) redirect(`/${await getLocale()}/sign-in/verify${nextPath ? `?next=${encodeURIComponent(nextPath)}` : ""}`);
  const details = user ? enrolmentDetails(user) : null;
  if (!details) {
    // Same shape as below, so the form (and the recovery codes it may be showing) stays mounted.
    return (
      <AuthCard title={t("enrol.title")}>
        {/* Hidden when the form next to it is showing freshly issued recovery codes. */}
        <div className="[&:has(+section)]:hidden">
          <PendingExpired />
        </div>
        <SecondFactorForm next={nextPath} submitLabel={t("enrol.submit")} expired />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("enrol.title")} intro={t("enrol.intro")}>
      <div className="mb-6 flex flex-col gap-3">
        <p>{t("enrol.step1")}</p>
        <a href={details.uri} className="font-semibold text-brand-700 underline">
          {t("enrol.link")}
        </a>
        <p className="text-sm text-muted">{t("enrol.key")}</p>
        <code data-testid="totp-key" className="break-all rounded bg-brand-50 p-2 font-mono text-lg tracking-wider">
          {details.key.match(/.{1,4}/g)?.join(" ")}
        </code>
      </div>
      <SecondFactorForm next={nextPath} submitLabel={t("enrol.submit")} />
    </AuthCard>
  );
}
