"use client";

import { useEffect } from "react";
import { ANONYMOUS, parseHeaderSession, type HeaderSession } from "@/lib/auth/header-session";
import type { Locale } from "@/lib/i18n/config";
import { AccountMenu, type AccountLabels, type SignOut } from "./account-menu";
import { setKnownSession, useKnownSession } from "./session-store";

async function fetchSession(signal: AbortSignal): Promise<HeaderSession | null> {
  try {
    const response = await fetch("/api/session", { cache: "no-store", credentials: "same-origin", signal });
    return response.ok ? parseHeaderSession(await response.json()) : null;
  } catch {
    return null; // offline or aborted: keep what is shown
  }
}

/**
 * The account corner of cached public pages: the HTML is the same for
 * everyone (anonymous), and the browser asks GET /api/session who is signed
 * in, on mount and when the tab becomes visible again (a sign-out in another
 * tab). Pages rendered per user render <AccountMenu> on the server instead.
 */
export function AccountIsland(props: { labels: AccountLabels; locale: Locale; signOut: SignOut }) {
  const known = useKnownSession();
  useEffect(() => {
    let controller = new AbortController();
    const refresh = () => {
      controller.abort();
      controller = new AbortController();
      void fetchSession(controller.signal).then((session) => {
        if (session) setKnownSession(session);
      });
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") refresh();
    };
    refresh();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      controller.abort();
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);
  return <AccountMenu session={known ?? ANONYMOUS} {...props} />;
}

/** Per-user pages: the server's answer, remembered for headers mounted by later client-side navigations. */
export function ServerAccount(props: { session: HeaderSession; labels: AccountLabels; locale: Locale; signOut: SignOut }) {
  useEffect(() => setKnownSession(props.session), [props.session]);
  return <AccountMenu {...props} />;
}
