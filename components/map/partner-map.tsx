import { useTranslations } from "next-intl";
import type { PartnerListItem } from "@/lib/content/types";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";
import { buildPartnerMap, countryShapeId } from "@/lib/map/geometry";
import { MapList } from "./map-list";

const COUNTRIES_FILE = "/map-countries.svg";

type MapPartner = Pick<PartnerListItem, "slug" | "name" | "isoNumeric" | "group">;

/**
 * Server-rendered SVG map: partner countries highlighted, each a link to its
 * profile; Astrakhan marked. The svg is a labelled group, not role="img": an
 * image's children are presentational, which would hide the country links from
 * assistive technology. The same links follow as a plain list below the map.
 */
export function PartnerMap({
  partners,
  locale,
  listHeadingLevel = 2,
  withList = true,
}: {
  partners: MapPartner[];
  locale: Locale;
  listHeadingLevel?: 2 | 3;
  /** Off only where the same links are already on the page next to the map. */
  withList?: boolean;
}) {
  const t = useTranslations("Map");
  const id = "partner-map";
  const map = buildPartnerMap({ countries: partners.map((p) => ({ numericCode: p.isoNumeric, slug: p.slug })) });
  const bySlug = new Map(partners.map((p) => [p.slug, p]));
  const href = (slug: string) => localizedPath(locale, `/partners/${slug}`);

  return (
    <figure className="flex flex-col gap-4">
      <div className="overflow-hidden rounded-lg border border-line bg-brand-50">
        <svg
          viewBox={map.viewBox}
          role="group"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          // Geography is never mirrored; left-to-right also keeps the Astrakhan
          // label anchored at its left edge, to the right of the marker, in fa.
          direction="ltr"
          className="block h-auto w-full"
        >
          <title id={`${id}-title`}>{t("svgTitle")}</title>
          <desc id={`${id}-desc`}>{t("svgDesc")}</desc>
          {/* Land and partner shapes come from one cached file (app/map-countries.svg), not inline twice (HTML and RSC payload). */}
          <image href={COUNTRIES_FILE} x={0} y={0} width={map.width} height={map.height} aria-hidden="true" />
          {map.partners.map((shape) => {
            const partner = bySlug.get(shape.slug);
            if (!partner) return null;
            return (
              <a key={shape.slug} href={href(shape.slug)} aria-label={partner.name} className="group">
                <title>{partner.name}</title>
                <use
                  href={`${COUNTRIES_FILE}#${countryShapeId(shape.numericCode)}`}
                  className="fill-brand-600 stroke-white transition-colors group-hover:fill-brand-900 group-focus-visible:fill-brand-900 group-focus-visible:stroke-lotus-600 group-focus-visible:stroke-3"
                  strokeWidth={0.8}
                />
                <circle
                  cx={shape.centroid[0]}
                  cy={shape.centroid[1]}
                  r={5}
                  className="fill-brand-900 stroke-white group-focus-visible:stroke-lotus-600 group-focus-visible:stroke-3"
                  strokeWidth={1.5}
                />
              </a>
            );
          })}
          <text x={map.caspian.x} y={map.caspian.y} textAnchor="middle" className="fill-muted text-[13px] italic" aria-hidden="true">
            {t("caspian")}
          </text>
          <g role="img" aria-label={t("astrakhan")}>
            <circle cx={map.astrakhan.x} cy={map.astrakhan.y} r={7} className="fill-lotus-600 stroke-white" strokeWidth={2.5} />
            <text
              x={map.astrakhan.x + 11}
              y={map.astrakhan.y - 8}
              aria-hidden="true"
              className="fill-ink stroke-white text-[15px] font-bold"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {t("astrakhan")}
            </text>
          </g>
        </svg>
      </div>
      <figcaption className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-muted">
        <span className="inline-flex items-center gap-2">
          <span aria-hidden="true" className="size-4 rounded-sm bg-brand-600" />
          {t("legendPartner")}
        </span>
        <span className="inline-flex items-center gap-2">
          <span aria-hidden="true" className="size-4 rounded-full bg-lotus-600" />
          {t("legendAstrakhan")}
        </span>
      </figcaption>
      {withList ? <MapList partners={partners} headingLevel={listHeadingLevel} /> : null}
    </figure>
  );
}
