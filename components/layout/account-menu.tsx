"use client";

import NextLink from "next/link";
import type { HeaderSession } from "@/lib/auth/header-session";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";
import { Disclosure } from "./disclosure";
import { setKnownSession } from "./session-store";

export interface AccountLabels {
  signIn: string;
  /** "Signed in as {name}" split around the name (word order differs by language). */
  signedInBefore: string;
  signedInAfter: string;
  account: string;
  myApplications: string;
  admin: string;
  signOut: string;
  menu: string;
}

export type SignOut = () => Promise<void>;

const itemClass = "flex min-h-11 w-full items-center rounded px-3 text-start font-medium text-ink hover:bg-brand-50 hover:text-brand-700";

function PersonIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.5">
      <circle cx="10" cy="7" r="3.5" />
      <path d="M3 18c.8-3.6 3.6-5.5 7-5.5s6.2 1.9 7 5.5" />
    </svg>
  );
}

/**
 * The header's account corner. Anonymous: "Sign in". Signed in: a menu named
 * after the reader with their area ("My applications", or "Admin" for staff)
 * and "Sign out", which posts the existing sign-out action (a form: Enter on
 * the button works, and so does a page without JavaScript once it is open).
 * The corner has a fixed width in the header, so the state arriving after
 * the first paint shifts nothing.
 */
export function AccountMenu({ session, labels, locale, signOut }: { session: HeaderSession; labels: AccountLabels; locale: Locale; signOut: SignOut }) {
  if (session.kind === "anonymous") {
    return (
      <NextLink
        href={localizedPath(locale, "/sign-in")}
        className="inline-flex min-h-11 items-center whitespace-nowrap rounded bg-brand-700 px-3 text-sm font-semibold text-white hover:bg-brand-900"
      >
        {labels.signIn}
      </NextLink>
    );
  }
  const links =
    session.kind === "investor"
      ? [
          { href: "/account", label: labels.account },
          { href: "/applications", label: labels.myApplications },
        ]
      : [{ href: "/admin", label: labels.admin }];
  return (
    <Disclosure
      testId="account-menu"
      className="min-w-0 max-w-full"
      summaryClassName="max-w-full"
      summary={
        <>
          <PersonIcon />
          <span className="sr-only">{labels.menu}: </span>
          <span className="truncate">{session.name}</span>
        </>
      }
      panelClassName="w-60"
    >
      <p className="break-words px-3 pb-2 text-sm text-muted">
        {labels.signedInBefore}
        <span className="font-semibold text-ink">{session.name}</span>
        {labels.signedInAfter}
      </p>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <NextLink href={localizedPath(locale, link.href)} className={itemClass}>
              {link.label}
            </NextLink>
          </li>
        ))}
        <li>
          {/* The header forgets the reader at once; the action ends the session and goes home. */}
          <form action={signOut} onSubmit={() => setKnownSession({ kind: "anonymous" })}>
            <button type="submit" className={itemClass}>
              {labels.signOut}
            </button>
          </form>
        </li>
      </ul>
    </Disclosure>
  );
}
