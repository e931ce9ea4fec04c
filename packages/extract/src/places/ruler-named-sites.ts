import placeRules from "../rules/places.json";
import { matchKey } from "../text/normalize";

/*
 * "قاعدة الملك عبدالعزيز البحرية", "ميناء السلطان قابوس": a state names its bases, ports and
 * airports after its own rulers, so such a site lies in the ruler's state even in a report about
 * another state's troops arriving there. Asked only when no place is printed in or right after
 * the site's name, which says where it is better.
 */

const { $comment: _, ...byState } = placeRules.rulersNamingSites;
const RULERS: readonly (readonly [string, string])[] = Object.entries(byState).flatMap(([iso2, names]) => names.map((n) => [` ${matchKey(n)} `, iso2] as const));

/** The state of the ruler a site's name (as printed) is named after, or null. */
export function stateOfRulerNamingSite(surface: string): string | null {
  const key = ` ${matchKey(surface)} `;
  return RULERS.find(([name]) => key.includes(name))?.[1] ?? null;
}
