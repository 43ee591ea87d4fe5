import "server-only";
import { geoEqualEarth, geoPath } from "d3-geo";
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
  const [[, top], [, bottom]] = path.bounds(sphere);
  return {
    width: WIDTH,
    height: Math.ceil(bottom - top),
    sphere: path(sphere) ?? "",
    shapes: collection.features.map((shape) => ({
      code: shape.id === undefined ? null : (countries.numericToAlpha2(String(shape.id)) ?? null),
      d: path(shape) ?? "",
    })),
  };
}
