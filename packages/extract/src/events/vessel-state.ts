import type { PlaceHit } from "../places/gazetteer";
import { matchKey } from "../text/normalize";
import { firstTokenFrom, type Token } from "../text/tokens";

// Nouns of a warship, the bare form: a navy's ship takes part in what it does for its state.
// Not a tanker's or a cargo ship's: the state whose flag a merchant ship flies took no part.
const WARSHIPS = new Set(["فرقاطة", "مدمرة", "غواصة", "كورفيت", "بارجة", "frigate", "destroyer", "submarine", "corvette", "warship"].map((w) => matchKey(w)));
// "سفينة حربية فيتنامية": the general noun is a warship's when "حربية" qualifies it.
const SHIP = new Set(["سفينة", "ship", "vessel"].map((w) => matchKey(w)));
const NAVAL = new Set(["حربية", "naval"].map((w) => matchKey(w)));
// How far the demonym may stand from the noun ("سفينة حربية فيتنامية", "the Vietnamese navy frigate").
const NEAR = 3;

/**
 * "وأشار إلى أن السفينة شاركت في تمرين بحري في بحر العرب": a happening with nobody named whose
 * clause names no state, done by the warship the article told earlier with its nationality
 * ("الفرقاطة الفيتنامية"), is of that ship's state alone, not of every state the article is about.
 * `from`, `to`: the happening's clause, as text offsets.
 */
export function stateOfToldWarship(tokens: readonly Token[], places: readonly PlaceHit[], from: number, to: number): string | null {
  let k = firstTokenFrom(tokens, from);
  if (k < 0) return null;
  let subject = -1;
  for (; k < tokens.length && tokens[k]!.end <= to; k++) {
    if (definiteShip(tokens, k)) {
      subject = k;
      break;
    }
  }
  if (subject < 0) return null;
  for (let j = subject - 1; j >= 0; j--) {
    if (!shipNoun(tokens, j)) continue;
    const state = demonymNear(tokens, places, j);
    if (state) return state;
  }
  return null;
}

/** "السفينة", "والفرقاطة", "the frigate": a ship told before, named by the definite noun. */
function definiteShip(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!t.arabic) return tokens[k - 1]?.key === "the" && (WARSHIPS.has(t.key) || SHIP.has(t.key));
  const bare = t.key.replace(/^[وف]?ال/u, "");
  return bare !== t.key && (WARSHIPS.has(bare) || SHIP.has(bare));
}

/** A noun of a warship, with or without the article ("الفرقاطة", "سفينة حربية"). */
function shipNoun(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const bare = t.arabic ? t.key.replace(/^[وفب]?(ال)?/u, "") : t.key;
  if (WARSHIPS.has(bare)) return true;
  if (!SHIP.has(bare)) return false;
  const next = tokens[j + 1];
  return !!next && (NAVAL.has(next.key.replace(/^ال/u, "")) || NAVAL.has(tokens[j - 1]?.key ?? ""));
}

/** The state of a demonym printed next to the ship's noun (after it in Arabic, before it in English). */
function demonymNear(tokens: readonly Token[], places: readonly PlaceHit[], j: number): string | null {
  const t = tokens[j]!;
  const lo = t.arabic ? t.end : (tokens[Math.max(0, j - NEAR)]?.start ?? 0);
  const hi = t.arabic ? (tokens[Math.min(tokens.length - 1, j + NEAR)]?.end ?? t.end) : t.start;
  const hit = places.find((p) => p.viaDemonym && p.iso2 && p.start >= lo && p.end <= hi);
  return hit?.iso2 ?? null;
}
