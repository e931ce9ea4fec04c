import type { PhraseMatch } from "../text/phrase-trie";
import type { Token } from "../text/tokens";

/**
 * A place name that is also a common word (`Bor`, `بور`) is read without a cue word when it stands
 * in a list of other places: "in Juba, Bor and Malakal", "في جوبا وبور وملكال". A word is seldom
 * listed between two place names, and a list of three is a list of places; a homonym beside one
 * place alone ("القاهرة، صباح الأحد") stays a word.
 */
const SEPARATORS = new Set([",", "،", "and", "or", "و", "أو", "او"]);
const BETWEEN = new Set(["بين", "وبين", "between"]);

interface Listable {
  first: number;
  last: number;
  clitic: string;
}

export function listedAmongPlaces(tokens: readonly Token[], m: Listable, places: readonly PhraseMatch<unknown>[]): boolean {
  const ends = placesByEnd(places);
  const left = listedBefore(tokens, ends, m);
  const right = listedAfter(tokens, ends, m);
  if (left && right) return true;
  // "الطريق بين أدري والجنينة", "between Juba and Bor": the two ends of a road, a border or a
  // trip are places both, so one place joined to the word after بين or between makes it one.
  if (left && (m.clitic.startsWith("و") || tokens[m.first - 1]?.key === "and") && BETWEEN.has(tokens[left.first - 1]?.key ?? "")) return true;
  if (right && BETWEEN.has(tokens[m.first - 1]?.key ?? "") && (right.clitic.startsWith("و") || tokens[m.last + 1]?.key === "and")) return true;
  if (left && listedBefore(tokens, ends, left)) return true;
  return !!right && !!listedAfter(tokens, ends, right);
}

/** The places of a list by their first and by their last token. */
interface PlacesByEnd {
  byFirst: Map<number, Listable>;
  byLast: Map<number, Listable>;
}

// The same places are asked about for every homonym of an article: they are indexed once per list.
const indexed = new WeakMap<readonly Listable[], PlacesByEnd>();

function placesByEnd(places: readonly Listable[]): PlacesByEnd {
  let ends = indexed.get(places);
  if (!ends) {
    ends = { byFirst: new Map(places.map((p) => [p.first, p])), byLast: new Map(places.map((p) => [p.last, p])) };
    indexed.set(places, ends);
  }
  return ends;
}

/** The place listed right before `item`, joined to it by a separator word or by و on `item`. */
function listedBefore(tokens: readonly Token[], { byLast }: PlacesByEnd, item: Listable): Listable | undefined {
  if (item.clitic.startsWith("و")) return byLast.get(item.first - 1);
  const sep = tokens[item.first - 1];
  return sep && SEPARATORS.has(sep.text) ? byLast.get(item.first - 2) : undefined;
}

/** The place listed right after `item`. */
function listedAfter(tokens: readonly Token[], { byFirst }: PlacesByEnd, item: Listable): Listable | undefined {
  const next = byFirst.get(item.last + 1);
  if (next?.clitic.startsWith("و")) return next;
  const sep = tokens[item.last + 1];
  return sep && SEPARATORS.has(sep.text) ? byFirst.get(item.last + 2) : undefined;
}
