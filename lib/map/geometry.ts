import "server-only";
import { geoConicEqualArea, geoPath, geoStream, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPoint, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlasJson from "world-atlas/countries-50m.json";
import { roundToTenth } from "./precision";
import { SvgPathWriter } from "./simplify";

/**
 * Server-side SVG geometry for the partner map: Europe to Japan, the Gulf to the
 * Baltic, centred on the Caspian. Countries come from Natural Earth 1:50m via
 * world-atlas 2.0.2, whose ids are ISO 3166-1 numeric codes as zero-padded strings
 * ("048" Bahrain, "643" Russia). Projection: conic equal-area (parallels 25° and 55° N,
 * central meridian 68° E), which keeps both Western Europe and Japan undistorted enough.
 * Paths are clipped to the view box, rounded to 0.1 px and simplified (./simplify.ts).
 * Land and partner paths for a given size are computed once per process.
 */

/** [west, south, east, north] in degrees: Ireland to Japan, the Gulf of Aden to Scandinavia. */
export const MAP_EXTENT = [-11, 12, 147, 62] as const;
export const ASTRAKHAN_LON_LAT: [number, number] = [48.04, 46.35];
/** Label anchor in the middle of the Caspian Sea (the atlas has no lakes: it is the gap). */
export const CASPIAN_LABEL_LON_LAT: [number, number] = [50.8, 42.2];
const DEFAULT_WIDTH = 960;
const LAND_TOLERANCE_PX = 0.8;
const PARTNER_TOLERANCE_PX = 0.4;

type CountryFeature = Feature<Geometry, { name: string }>;
type Point = { x: number; y: number };

export type PartnerMap = {
  viewBox: string;
  width: number;
  height: number;
  land: Array<{ id: string; d: string }>;
  partners: Array<{ slug: string; numericCode: string; d: string; centroid: [number, number] }>;
  /** Slugs whose code is not in the atlas or falls outside the map. */
  unplaced: string[];
  astrakhan: Point;
  caspian: Point;
};

let countriesCache: CountryFeature[] | undefined;
function countries(): CountryFeature[] {
  if (!countriesCache) {
    const topology = atlasJson as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    countriesCache = collection.features;
  }
  return countriesCache;
}

/** The extent's outline sampled every 2°, so fitting follows the curved parallels. */
function extentOutline(): MultiPoint {
  const [west, south, east, north] = MAP_EXTENT;
  const coordinates: Array<[number, number]> = [];
  for (let lon = west; lon <= east; lon += 2) coordinates.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 2) coordinates.push([west, lat], [east, lat]);
  return { type: "MultiPoint", coordinates };
}

function makeProjection(width: number, height?: number): { projection: GeoProjection; height: number } {
  const projection = geoConicEqualArea().parallels([25, 55]).rotate([-68, 0]);
  let h = height;
  if (h === undefined) {
    projection.fitWidth(width, extentOutline());
    h = Math.ceil(geoPath(projection).bounds(extentOutline())[1][1]);
  } else {
    projection.fitExtent([[0, 0], [width, h]], extentOutline());
  }
  projection.clipExtent([[0, 0], [width, h]]);
  return { projection, height: h };
}

function svgPath(projection: GeoProjection, country: CountryFeature, tolerance: number, keepSmallRings: boolean) {
  const writer = new SvgPathWriter(tolerance, keepSmallRings);
  geoStream(country, projection.stream(writer));
  return writer.result();
}

/** Label point: the centroid of the country's largest visible polygon (mainland Russia, Honshu). */
function labelPoint(path: ReturnType<typeof geoPath>, country: CountryFeature): [number, number] | null {
  const { geometry } = country;
  const polygons: Polygon[] =
    geometry.type === "MultiPolygon"
      ? geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }))
      : geometry.type === "Polygon"
        ? [geometry]
        : [];
  let best: GeoPermissibleObjects = country;
  let bestArea = 0;
  for (const polygon of polygons) {
    const area = path.area(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  const [x, y] = path.centroid(best);
  return Number.isFinite(x) && Number.isFinite(y) ? [roundToTenth(x), roundToTenth(y)] : null;
}

const landCache = new Map<string, PartnerMap["land"]>();

export function buildPartnerMap(options: {
  countries: Array<{ numericCode: string; slug: string }>;
  width?: number;
  height?: number;
}): PartnerMap {
  const width = options.width ?? DEFAULT_WIDTH;
  const { projection, height } = makeProjection(width, options.height);
  const all = countries();

  const key = `${width}x${options.height ?? "auto"}`; // sizes come from code, never from requests
  let land = landCache.get(key);
  if (!land) {
    land = all
      .map((country, index) => ({ id: String(country.id ?? `x${index}`), d: svgPath(projection, country, LAND_TOLERANCE_PX, false) }))
      .filter((shape) => shape.d !== "");
    landCache.set(key, land);
  }

  const areaPath = geoPath(projection);
  const partners: PartnerMap["partners"] = [];
  const unplaced: string[] = [];
  for (const { numericCode, slug } of options.countries) {
    const country = all.find((candidate) => candidate.id === numericCode);
    const d = country ? svgPath(projection, country, PARTNER_TOLERANCE_PX, true) : "";
    const centroid = country && d !== "" ? labelPoint(areaPath, country) : null;
    if (country && d !== "" && centroid) partners.push({ slug, numericCode, d, centroid });
    else unplaced.push(slug);
  }

  const point = (lonLat: [number, number]): Point => {
    const [x, y] = projection(lonLat) ?? [Number.NaN, Number.NaN];
    return { x: roundToTenth(x), y: roundToTenth(y) };
  };

  return {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    land,
    partners,
    unplaced,
    astrakhan: point(ASTRAKHAN_LON_LAT),
    caspian: point(CASPIAN_LABEL_LON_LAT),
  };
}

/** The land colour of the map (globals.css --color-line): the file below cannot use the page's CSS. */
const LAND_FILL = "#d6dde2";

/** The id of a country's path in countriesSvgDocument(): ISO 3166-1 numeric, as world-atlas has it. */
export const countryShapeId = (numericCode: string) => `c-${numericCode}`;

/**
 * Every country of the map as one standalone SVG file, served once and cached
 * as /map-countries.svg. The page shows it as the land (an <image>) and draws
 * each partner with <use href="/map-countries.svg#c-364">: the ~70 KB of paths
 * are no longer inlined twice (HTML and RSC payload) in every page with a map.
 * Paths carry no fill of their own, so a <use> takes the page's CSS classes.
 */
export function countriesSvgDocument(width = DEFAULT_WIDTH): string {
  const all = countries();
  const map = buildPartnerMap({ countries: all.map((country, index) => ({ numericCode: String(country.id ?? `x${index}`), slug: "" })), width });
  const paths = map.partners.map((shape) => `<path id="${countryShapeId(shape.numericCode)}" d="${shape.d}"/>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${map.viewBox}" width="${map.width}" height="${map.height}"><g fill="${LAND_FILL}" stroke="#fff" stroke-width="0.5">${paths}</g></svg>`;
}
