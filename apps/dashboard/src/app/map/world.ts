import { geoCentroid, geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import smallStates from "./small-states.json";

/**
 * The offline world map: Natural Earth 1:110m countries (world-atlas, bundled from node_modules;
 * no tiles, no CDN) projected once with d3-geo. Feature ids are ISO 3166 numeric codes, mapped to
 * the alpha-2 codes Marsad stores.
 */

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

export const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: "Sphere" });
const path = geoPath(projection);

export interface CountryShape {
  /** ISO alpha-2, or null for the few shapes without one (e.g. N. Cyprus). */
  code: string | null;
  name: string;
  d: string;
}

export const SPHERE_PATH = path({ type: "Sphere" }) ?? "";

export const COUNTRY_SHAPES: CountryShape[] = collection.features.map((f: Feature<Geometry, { name: string }>) => ({
  code: f.id === undefined ? null : (countries.numericToAlpha2(String(f.id)) ?? null),
  name: f.properties.name,
  d: path(f) ?? "",
}));

const centroids = new Map<string, [number, number]>();
for (const f of collection.features) {
  const code = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
  if (code) centroids.set(code, geoCentroid(f));
}
for (const [code, lonLat] of Object.entries(smallStates.centroids)) centroids.set(code, lonLat as [number, number]);

/** Screen point of a longitude/latitude. */
export function project(lon: number, lat: number): [number, number] | null {
  return projection([lon, lat]);
}

/** Screen point of a state's centroid (geoCentroid of its shape), or null for an unknown code. */
export function countryPoint(code: string): [number, number] | null {
  const lonLat = centroids.get(code.toUpperCase());
  return lonLat ? projection(lonLat) : null;
}
