import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import type { Locale } from "@/lib/i18n/config";
import type { Sphere } from "./enums";
import { getPartnerProfile, getRegionOverview, getSezOverview, listPartnerSlugs, listPartners } from "./queries";

/**
 * Cached public content for the static pages. Each loader is keyed by its
 * arguments and tagged, so an editor's change can refresh it with
 * `revalidateTag(CONTENT_TAG)` (everything) or `revalidateTag(partnerTag(slug))`.
 * Nothing here runs at build time: the pages that call these loaders are
 * rendered on their first request (generateStaticParams returns []).
 */

export const CONTENT_TAG = "content";
export const PARTNERS_TAG = "partners";
export const SEZ_TAG = "sez";
export const REGION_TAG = "region";
export const partnerTag = (slug: string) => `partner:${slug}`;

export function loadRegionOverview(locale: Locale) {
  return unstable_cache(() => getRegionOverview(getDb(), locale), ["content", "region-overview", locale], {
    tags: [CONTENT_TAG, REGION_TAG],
  })();
}

export function loadPartners(locale: Locale, sphere?: Sphere) {
  return unstable_cache(
    () => listPartners(getDb(), locale, sphere ? { sphere } : {}),
    ["content", "partners", locale, sphere ?? "all"],
    { tags: [CONTENT_TAG, PARTNERS_TAG] },
  )();
}

export function loadPartnerSlugs() {
  return unstable_cache(() => listPartnerSlugs(getDb()), ["content", "partner-slugs"], {
    tags: [CONTENT_TAG, PARTNERS_TAG],
  })();
}

export function loadPartnerProfile(locale: Locale, slug: string) {
  return unstable_cache(() => getPartnerProfile(getDb(), locale, slug), ["content", "partner", locale, slug], {
    tags: [CONTENT_TAG, PARTNERS_TAG, partnerTag(slug)],
  })();
}

export function loadSezOverview(locale: Locale) {
  return unstable_cache(() => getSezOverview(getDb(), locale), ["content", "sez-overview", locale], {
    tags: [CONTENT_TAG, SEZ_TAG],
  })();
}
