import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageFrame } from "@/components/layout/page-frame";
import { requirePageViewer } from "@/lib/auth/session";

// Signed-in area: every page below re-checks the session against the database.
// Per-user pages (cookies, search params): rendered per request, never cached.
export const dynamic = "force-dynamic";

export default async function InvestorLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await requirePageViewer();
  return (
    <PageFrame params={params} account="server">
      <ClientMessages namespaces={["Auth", "Account", "Forms", "Apply"]}>
        <div className="container-page py-10">{children}</div>
      </ClientMessages>
    </PageFrame>
  );
}
