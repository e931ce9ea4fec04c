import type { Ctx } from "./anchor-spans";
import type { Mention } from "./find";
import { headedByFillerKeys, headedByTrie } from "./vocabulary";
import { COMMAS } from "../text/punctuation";
import { DELEGATION_NOUNS, SIDE_NOUNS } from "./venue";

/**
 * "وفد من الجمارك التركية قدم من بوابة X، برئاسة مدير البوابة، Y", "الوفد العماني برئاسة …": the
 * head of a delegation serves the state the delegation was named with, however far the words about
 * where it came from push his name from that state.
 */

/** How far before "برئاسة" the delegation's noun may stand. */
const DELEGATION_WITHIN = 20;
/** How far after the delegation's noun its state may stand ("وفد من القوات البحرية الكينية"). */
const STATE_WITHIN = 6;

export function stateOfHeadedDelegation(ctx: Ctx, m: Mention): string | null {
  const { tokens, text } = ctx.doc;
  let k = Math.min(m.name.first, m.rank?.first ?? Infinity, ...m.roles.map((r) => r.first)) - 1;
  while (k > 0 && (COMMAS.has(tokens[k]!.text) || headedByFillerKeys.has(tokens[k]!.key))) k--;
  // "برئاسة" is one word; "headed by" two.
  const headed = [k, k - 1].map((j) => (j >= 0 ? headedByTrie.matchAt(tokens, j, text) : undefined)).find((h) => h?.last === k);
  if (!headed) return null;
  for (let j = headed.first - 1; j >= 0 && headed.first - j <= DELEGATION_WITHIN && tokens[j]!.text !== "."; j--) {
    if (!isDelegationNoun(tokens[j]!)) continue;
    for (let s = j + 1; s <= j + STATE_WITHIN && s < headed.first; s++) {
      const pl = ctx.placeAt[s];
      if (pl?.iso2 && (pl.viaDemonym || pl.kind === "country")) return pl.iso2;
    }
    return null;
  }
  return null;
}

function isDelegationNoun(t: Ctx["doc"]["tokens"][number]): boolean {
  const key = t.key.replace(/[ًٌٍ]$/u, "");
  return DELEGATION_NOUNS.has(key) || (t.arabic && DELEGATION_NOUNS.has(key.replace(/^[وف]/u, "")));
}

const FOR_KEYS = new Set(["عن", "وعن", "من", "ومن"]);

/**
 * "ووقع المذكرة عن الجانب الكويتي الرئيس التنفيذي لشركة X، Y": whoever signs or speaks for a side
 * serves the state of that side, a company's officer too.
 */
export function stateOfSideRepresented(ctx: Ctx, m: Mention): string | null {
  const { tokens } = ctx.doc;
  const first = Math.min(m.name.first, m.rank?.first ?? Infinity, ...m.roles.map((r) => r.first));
  const pl = ctx.placeAt[first - 1];
  if (!pl?.iso2 || !pl.viaDemonym || pl.lastToken !== first - 1) return null;
  const side = tokens[pl.firstToken - 1];
  return side && SIDE_NOUNS.has(side.key) && FOR_KEYS.has(tokens[pl.firstToken - 2]?.key ?? "") ? pl.iso2 : null;
}
