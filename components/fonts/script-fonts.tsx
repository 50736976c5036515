"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { Locale } from "@/lib/i18n/config";

// Web fonts for scripts that Inter does not cover, loaded only on the pages of
// the locales that need them.
//
// Why next/dynamic: CSS imported by a module is normally bundled with every
// route segment whose module graph reaches it, and all locales share
// app/[locale]/layout.tsx, so a plain import (even behind `if (locale === "ko")`)
// would put the ~100 @font-face rules per weight of Noto Sans KR/SC into the
// stylesheet of every page. A `next/dynamic` import in a *client* component puts
// the module and its CSS in a separate chunk; during server rendering Next
// writes <link rel="stylesheet" precedence="dynamic"> for that chunk only when
// the dynamic component is rendered, i.e. only in ko (or zh, or fa) pages.
// On a client-side switch to such a locale the chunk is fetched then.
// Keep these imports one level deep: Turbopack (Next 16) links the CSS of a
// next/dynamic nested inside another next/dynamic only after hydration.
//
// The family names are used by the per-locale font stacks in app/globals.css;
// unicode-range in the Fontsource CSS means a browser downloads only the slices
// whose characters appear on the page.
const Arabic = dynamic(() => import("./arabic"));
const Korean = dynamic(() => import("./korean"));
const SimplifiedChinese = dynamic(() => import("./simplified-chinese"));

const FONTS: Partial<Record<Locale, ComponentType>> = { fa: Arabic, ko: Korean, zh: SimplifiedChinese };

export function ScriptFonts({ locale }: { locale: Locale }) {
  const Font = FONTS[locale];
  return Font ? <Font /> : null;
}
