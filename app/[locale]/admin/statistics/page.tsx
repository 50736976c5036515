import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatisticsView } from "@/components/stats/statistics-view";
import { getDb } from "@/db/client";
import { getStaffStatistics } from "@/lib/applications/statistics";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { requirePageViewer } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminStats");
  return { title: t("title") };
}

export default async function StatisticsPage() {
  const viewer = await requirePageViewer(...STAFF_ROLES);
  const [stats, t] = await Promise.all([getStaffStatistics(getDb(), viewer), getTranslations("AdminStats")]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-muted">{t("lead")}</p>
      <StatisticsView stats={stats} />
    </div>
  );
}
