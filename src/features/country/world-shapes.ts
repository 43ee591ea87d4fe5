import "server-only";
import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";

export type TWorldShape = { code: string | null; d: string };
export type TWorld = { width: number; height: number; sphere: string; shapes: TWorldShape[] };

const WIDTH = 960;

let world: TWorld | undefined;

/**
 * The countries of Natural Earth's 1:110m map as SVG paths on the Equal Earth projection, keyed by
 * ISO alpha-2 code (null for the few without one, such as Kosovo). Computed once per server.
 */
export function worldShapes(): TWorld {
  world ??= project();
  return world;
}

function project(): TWorld {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const sphere = { type: "Sphere" } as const;
  const projection = geoEqualEarth().fitWidth(WIDTH, sphere);
  const path = geoPath(projection).digits(1);
  const compact = compactPath(projection);
  const [[, top], [, bottom]] = path.bounds(sphere);
  return {
    width: WIDTH,
    height: Math.ceil(bottom - top),
    sphere: path(sphere) ?? "",
    shapes: collection.features.map((shape) => ({
      code: shape.id === undefined ? null : (countries.numericToAlpha2(String(shape.id)) ?? null),
      d: compact(shape),
    })),
  };
}

/**
 * Paths in whole units of the 960-wide drawing (finer than the 1:110m data) with relative steps,
 * dropping the ones that round to nothing: less than half the size of d3's default output, which
 * matters because the page carries the map twice (as HTML and in React's payload).
 */
function compactPath(projection: GeoProjection) {
  let d = "";
  let x0 = 0;
  let y0 = 0;
  const path = geoPath(projection, {
    moveTo(x, y) {
      x0 = Math.round(x);
      y0 = Math.round(y);
      d += `M${x0} ${y0}`;
    },
    lineTo(x, y) {
      const [x1, y1] = [Math.round(x), Math.round(y)];
      if (x1 !== x0 || y1 !== y0) d += `l${x1 - x0} ${y1 - y0}`;
      [x0, y0] = [x1, y1];
    },
    closePath() {
      d += "z";
    },
    // Canvas-only, and arcs are drawn for point geometries, which the countries layer has none of.
    beginPath() {},
    arc() {},
  });
  return (shape: GeoPermissibleObjects) => {
    d = "";
    path(shape);
    return d;
  };
}
