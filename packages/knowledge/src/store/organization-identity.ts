import { matchKey, stateNamedBy } from "@marsad/extract/text";
import aliases from "./organization-aliases.json";

/**
 * One organization whatever the language it is named in: the key an organization entity is stored
 * under when its name is a known one (organization-aliases.json). International bodies have one
 * key for all their names (الناتو / NATO → `org:nato`); a state's institution is its kind and the
 * state (وزارة الدفاع التركية / Turkish Defense Ministry → `org:defence-ministry:TR`), the state read
 * from the name (a demonym or the state's name) or, when the name gives none, from the article.
 * Other names keep their spelling's key.
 */

interface Kind {
  key: string;
  heads: string[];
}

let bodies: Map<string, string> | undefined;
let kinds: Kind[] | undefined;

/** Words around an institution's head that say nothing of which one it is. */
const FILLER = new Set(["the", "of", "s", "for"]);

function load() {
  bodies = new Map();
  for (const b of aliases.bodies) for (const n of b.names) bodies.set(matchKey(n), `org:${b.id}`);
  // Longest heads first: القوات البرية before القوات.
  kinds = aliases.institutions.map((i) => ({ key: i.kind, heads: i.names.map(matchKey).sort((a, b) => b.length - a.length) }));
}

const stripArticle = (key: string) => key.replace(/^the /, "");

export function organizationKey(name: string, country: string | null): string | undefined {
  if (!bodies || !kinds) load();
  const key = stripArticle(matchKey(name));
  const body = bodies!.get(key);
  if (body) return body;
  for (const kind of kinds!) {
    for (const head of kind.heads) {
      const at = ` ${key} `.indexOf(` ${head} `);
      if (at < 0) continue;
      const rest = `${key.slice(0, at)} ${key.slice(at + head.length)}`.split(" ").filter((w) => w && !FILLER.has(w));
      if (rest.length === 0) return country ? `org:${kind.key}:${country}` : undefined;
      const state = stateNamedBy(rest.join(" "));
      // Anything else in the name (a branch, a city, an official title) makes it another body.
      if (state && (!country || country === state)) return `org:${kind.key}:${state}`;
      return undefined;
    }
  }
  return undefined;
}
