import type { GeoStream } from "d3-geo";
import { roundToTenth } from "./precision";

/**
 * Writes an already projected (pixel space) d3 geo stream as a compact SVG path:
 * coordinates rounded to 0.1 px, each ring simplified with Douglas–Peucker at
 * `tolerance` px, then written with relative `l` commands. Rings that collapse
 * below three points (specks of islands) are dropped unless `keepSmallRings` is set,
 * so a small partner such as Bahrain never disappears.
 */

type Pt = [number, number];

/** Douglas–Peucker on an open polyline; endpoints are always kept. */
export function douglasPeucker(points: Pt[], tolerance: number): Pt[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let maxDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i]!;
      const distance =
        length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (distance > maxDistance) [farthest, maxDistance] = [i, distance];
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Shortest SVG spelling of a list of numbers: "1.5-2 .3" */
function numbers(values: number[]): string {
  let out = "";
  for (const value of values) {
    const text = String(roundToTenth(value) || 0).replace(/^(-?)0\./, "$1.");
    out += out === "" || text.startsWith("-") ? text : ` ${text}`;
  }
  return out;
}

export class SvgPathWriter implements GeoStream {
  private out = "";
  private ring: Pt[] = [];
  private inLine = false;
  private inPolygon = false;

  constructor(
    private readonly tolerance: number,
    private readonly keepSmallRings: boolean,
  ) {}

  point(x: number, y: number): void {
    if (!this.inLine) return;
    const p: Pt = [roundToTenth(x), roundToTenth(y)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.ring.push(p);
  }
  lineStart(): void {
    this.inLine = true;
    this.ring = [];
  }
  lineEnd(): void {
    this.inLine = false;
    const closed = this.inPolygon;
    const first = this.ring[0];
    if (!first) return;
    let points = closed ? douglasPeucker([...this.ring, first], this.tolerance).slice(0, -1) : douglasPeucker(this.ring, this.tolerance);
    if (points.length < (closed ? 3 : 2)) {
      if (!this.keepSmallRings) return;
      points = this.ring;
    }
    const deltas: number[] = [];
    for (let i = 1; i < points.length; i++) {
      deltas.push(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
    }
    this.out += `M${numbers(points[0]!)}${deltas.length > 0 ? `l${numbers(deltas)}` : ""}${closed ? "z" : ""}`;
  }
  polygonStart(): void {
    this.inPolygon = true;
  }
  polygonEnd(): void {
    this.inPolygon = false;
  }
  sphere(): void {}

  result(): string {
    return this.out;
  }
}
