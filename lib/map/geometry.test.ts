import { describe, expect, it } from "vitest";
import { buildPartnerMap, countriesSvgDocument, countryShapeId } from "./geometry";
import { douglasPeucker, SvgPathWriter } from "./simplify";

const CODES = ["364", "156", "703", "300", "276", "380", "528", "392", "410", "048", "512", "398", "795", "643"];
const countries = CODES.map((numericCode) => ({ numericCode, slug: `c-${numericCode}` }));

const inside = ([x, y]: [number, number], width: number, height: number) => x >= 0 && x <= width && y >= 0 && y <= height;

describe("buildPartnerMap", () => {
  const map = buildPartnerMap({ countries });

  it("places every partner with a non-empty path and a centroid inside the view box", () => {
    expect(map.viewBox).toBe(`0 0 ${map.width} ${map.height}`);
    expect(map.unplaced).toEqual([]);
    expect(map.partners.map((p) => p.numericCode)).toEqual(CODES);
    for (const partner of map.partners) {
      expect(partner.d, partner.numericCode).toMatch(/^M[\d.]/);
      expect(inside(partner.centroid, map.width, map.height), partner.numericCode).toBe(true);
    }
  });

  it("keeps tiny Bahrain and puts its label near the Gulf, west of Oman", () => {
    const bahrain = map.partners.find((p) => p.numericCode === "048");
    const oman = map.partners.find((p) => p.numericCode === "512");
    expect(bahrain?.d.length).toBeGreaterThan(10);
    expect(bahrain!.centroid[0]).toBeLessThan(oman!.centroid[0]);
  });

  it("draws Russia as land, Astrakhan and the Caspian inside the view box", () => {
    expect(map.land.some((shape) => shape.id === "643" && shape.d.length > 100)).toBe(true);
    expect(new Set(map.land.map((shape) => shape.id)).size).toBe(map.land.length);
    expect(inside([map.astrakhan.x, map.astrakhan.y], map.width, map.height)).toBe(true);
    expect(map.caspian.y).toBeGreaterThan(map.astrakhan.y); // the sea lies south of the city
  });

  it("leaves out countries outside the extent and stays small", () => {
    const ids = new Set(map.land.map((shape) => shape.id));
    expect(ids.has("840")).toBe(false); // United States
    expect(ids.has("076")).toBe(false); // Brazil
    const bytes = [...map.land, ...map.partners].reduce((sum, shape) => sum + shape.d.length, 0);
    expect(bytes).toBeLessThan(120_000);
  });

  it("reports unknown codes and countries off the map instead of failing", () => {
    const result = buildPartnerMap({ countries: [{ numericCode: "999", slug: "nowhere" }, { numericCode: "076", slug: "brazil" }] });
    expect(result.partners).toEqual([]);
    expect(result.unplaced).toEqual(["nowhere", "brazil"]);
  });

  it("honours an explicit size and memoises land per size", () => {
    const small = buildPartnerMap({ countries: countries.slice(0, 2), width: 400, height: 300 });
    expect(small.viewBox).toBe("0 0 400 300");
    for (const partner of small.partners) expect(inside(partner.centroid, 400, 300)).toBe(true);
    expect(buildPartnerMap({ countries: [] }).land).toBe(map.land);
  });
});

describe("simplify", () => {
  it("drops collinear points but keeps corners", () => {
    expect(douglasPeucker([[0, 0], [1, 0.01], [2, 0], [2, 2]], 0.5)).toEqual([[0, 0], [2, 0], [2, 2]]);
  });

  it("writes closed rings with relative commands and drops specks unless asked", () => {
    const ring = (writer: SvgPathWriter, points: Array<[number, number]>) => {
      writer.polygonStart();
      writer.lineStart();
      for (const [x, y] of points) writer.point(x, y);
      writer.lineEnd();
      writer.polygonEnd();
      return writer.result();
    };
    expect(ring(new SvgPathWriter(0.5, false), [[10, 10], [20, 10.04], [20, 20.5]])).toBe("M10 10l10 0 0 10.5z");
    expect(ring(new SvgPathWriter(5, false), [[0, 0], [1, 0], [1, 1]])).toBe("");
    expect(ring(new SvgPathWriter(5, true), [[0, 0], [1, 0], [1, 1]])).toBe("M0 0l1 0 0 1z");
  });
});

describe("countriesSvgDocument", () => {
  it("is a standalone SVG of the map's view box with a path for every partner, unstyled", () => {
    const map = buildPartnerMap({ countries });
    const document = countriesSvgDocument();
    expect(document.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${map.viewBox}"`)).toBe(true);
    for (const partner of map.partners) expect(document).toContain(`<path id="${countryShapeId(partner.numericCode)}" d="${partner.d}"/>`);
    expect(document.match(/<path /g)!.length).toBeGreaterThan(100);
    expect(document).not.toMatch(/<path[^>]*fill=|class=|style=/); // a <use> must be able to colour them
  });
});
