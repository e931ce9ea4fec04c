import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { PhraseTrie } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import type { OrgMention } from "./index";
import { bodiesBeforeTheirPlace } from "./head-then-state";

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
  return bodiesBeforeTheirPlace(
    ctx,
    carrierTrie,
    qualifierKeys,
    0,
    (state) => state.kind === "country" || state.viaDemonym,
  );
}
