import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/[locale]/(investor)/account/actions";
import { headerSession } from "@/lib/auth/header-session";
import { getViewer } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import type { AccountLabels } from "./account-menu";
import { AccountIsland, ServerAccount } from "./account-island";

async function accountLabels(locale: Locale): Promise<AccountLabels> {
  const t = await getTranslations({ locale, namespace: "Header" });
  const marker = "\u0000";
  const [signedInBefore = "", signedInAfter = ""] = t("signedInAs", { name: marker }).split(marker);
  return {
    signIn: t("signIn"),
    signedInBefore,
    signedInAfter,
    account: t("account"),
    myApplications: t("myApplications"),
    admin: t("admin"),
    signOut: t("signOut"),
    menu: t("accountMenu"),
  };
}

/**
 * The header's account corner. `from="server"`: pages rendered per request
 * (account, applications, admin, sign-in) read the session here and render it.
 * `from="browser"`: cached public pages stay the same for everyone and let the
 * client island ask /api/session (reading cookies here would make them dynamic).
 */
export async function AccountArea({ locale, from }: { locale: Locale; from: "server" | "browser" }) {
  const labels = await accountLabels(locale);
  if (from === "browser") return <AccountIsland labels={labels} locale={locale} signOut={signOutAction} />;
  const session = headerSession(await getViewer());
  return <ServerAccount session={session} labels={labels} locale={locale} signOut={signOutAction} />;
}
