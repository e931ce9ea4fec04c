import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { sentenceOfToken } from "../document";
import { matchKey } from "../text/normalize";
import { DASHES } from "../text/punctuation";
import { tokenReadsAs, type Token } from "../text/tokens";
import { isStopToken } from "../persons/vocabulary";

const signingKeys = new Set(rules.governmentPartyVerbs.map((w) => matchKey(w)));
const FROM = matchKey("من");
// "أن"/"إن" (and بأن, وأن) opening a reported clause; both fold to one key.
const THAT = /^[وب]?ان$/u;
// "وقعت شركة "X" المغربية والحكومة Y": the first signer's name stands between the verb and the second.
const SIGNER_REACH = 8;

/**
 * "وقعت شركة X والحكومة الغابونية عقدا", "استجابة لطلب من الحكومة الغينية", "a grant from the
 * Japanese government", "The X Government on Monday launched …": a state's government that signs
 * beside another party, that something comes from, or that opens an English sentence as its
 * subject is a party of the story, listed though it is named by its state alone; so is one that
 * did something as the subject of a reported clause ("أن الحكومة اليمنية طلبت", "أن حكومة الإقليم
 * خصصت"); thanked, called on or spoken of it is the state (isStateGovernment).
 */
export function governmentActs(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[first]!;
  const sentence = sentenceOfToken(ctx.doc, first);
  if (!sentence) return false;
  if (t.arabic) {
    if (tokens[first - 1]?.key === FROM) return true;
    if (THAT.test(tokens[first - 1]?.key ?? "") && isFeminineVerb(tokens[last + 1])) return true;
    // A second signer after و, in a clause a verb of signing opens a few words before (Arabic puts
    // the verb first).
    if (!t.key.startsWith("و")) return false;
    for (let k = first - 2; k >= Math.max(sentence.first, first - SIGNER_REACH); k--) if (tokenReadsAs(tokens[k]!, signingKeys)) return true;
    return false;
  }
  const before = tokens[first - 1]?.key === "the" ? first - 2 : first - 1;
  if (tokens[before]?.key === "from") return true;
  // "(SIBC) – The X Government on Monday launched": the subject opens the sentence or the story after the dateline's dash.
  return tokens[before + 1]?.key === "the" && (before + 1 === sentence.first || DASHES.has(tokens[before]?.text ?? ""));
}

/**
 * "طلبت", "خصصت": a verb in the perfect agreeing with a feminine subject, something done (a
 * promise, "ستخصص", is a stance of the state); no article, no plural noun in ات, no particle.
 */
function isFeminineVerb(t: Token | undefined): boolean {
  if (!t || !t.arabic || t.kind !== "word" || t.lineStart || t.key.length < 4 || t.key.startsWith("ال") || isStopToken(t)) return false;
  return t.key.endsWith("ت") && !t.key.endsWith("ات");
}
