import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { PhraseTrie } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import type { OrgMention } from "./index";

/**
 * "على متن طائرة تابعة للخطوط الجوية الصومالية", "الخطوط الجوية الملكية الأردنية": a state's airline
 * is named by the carrier's words and its state. The same words before anything else are routes
 * or lines of flight ("الخطوط الجوية المباشرة بين البلدين"), no body, so the state is required:
 * a nationality or a state's name right after them, a word of the carrier's standing
 * (`carrierQualifiers`) allowed between.
 */

const carrierTrie = new PhraseTrie<"carrier">(rules.carrierHeads.map((h) => [h, "carrier"] as const));
const qualifierKeys = new Set(rules.carrierQualifiers.map((w) => matchKey(w)));

export function findNationalCarriers(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = carrierTrie.matchAt(tokens, i, text);
    if (!m) continue;
    let k = m.last + 1;
    while (k < m.last + 3 && tokens[k] && !tokens[k]!.lineStart && qualifierKeys.has(tokens[k]!.key)) k++;
    const state = ctx.placeAt[k];
    if (!state || state.firstToken !== k || tokens[k]!.lineStart || (state.kind !== "country" && !state.viaDemonym)) continue;
    const end = tokens[state.lastToken]!.end;
    out.push({ first: i, last: state.lastToken, start: m.start, end, surface: m.surface + text.slice(tokens[m.last]!.end, end), fixed: false, inTitle: false });
    i = state.lastToken;
  }
  return out;
}
