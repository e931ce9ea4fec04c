import rules from "../rules/organizations.json";
import travel from "../rules/travel.json";
import type { Ctx } from "../persons/anchor-spans";
import { isStopToken } from "../persons/vocabulary";
import { matchKey } from "../text/normalize";
import { tokenReadsAs } from "../text/tokens";
import { PhraseTrie } from "../text/phrase-trie";
import type { OrgMention } from "./index";

const hospitalTrie = new PhraseTrie<"hospital">(rules.hospitalHeads.map((w) => [w, "hospital"] as const));
// What kind of hospital it is: words that stand between the definite head and the name
// ("المستشفى الجامعي X") or close the name ("مستشفى X العام").
const KINDS = new Set(rules.hospitalKinds.map((w) => matchKey(w)));
const MAX_NAME = 3;
// "بمدينة X", "في محافظة X": where the hospital stands, after a preposition.
const PLACE_NOUNS = new Set(
  [...rules.placeHeads.city.ar, ...rules.placeHeads.region.ar].map((w) => matchKey(w)),
);
const VENUE_BEFORE = new Set(["في", "داخل"].map((w) => matchKey(w)));
// "زار الوفد مستشفى X": a hospital visited is a site the visitors went to.
const VISITED = new Set(["تفقد", "تفقدت", "تفقدوا", ...travel.direct.ar].map((w) => matchKey(w)));
const visitedAt = (tokens: Ctx["doc"]["tokens"], i: number) =>
  [i - 1, i - 2].some((k) => k >= 0 && tokenReadsAs(tokens[k]!, VISITED));
const whereItStands = (key: string) =>
  /^[بفل]/.test(key) && (PLACE_NOUNS.has(key.slice(1)) || key.startsWith("ال", 1) || key.startsWith("لل"));

/** "عقد في مستشفى X", "بالمستشفى العسكري", "زار الوفد مستشفى X": the hospital at `i` is where something was held or whom the visitors went to. */
export function heldAtHospital(tokens: Ctx["doc"]["tokens"], i: number, clitic: string): boolean {
  return clitic.includes("ب") || VENUE_BEFORE.has(tokens[i - 1]?.key ?? "") || visitedAt(tokens, i);
}

/**
 * "نقل المصابون إلى مستشفى X العام"، "المستشفى الجامعي X Y بمدينة Z": a hospital with a name of its
 * own is a body that treats the wounded, not a place of the story; after في or ب it is where
 * something was held, and after a verb of visiting ("زار الوفد مستشفى X") where the visitors went:
 * a site. The name is one to three words
 * after the head (and its kind, when the head is definite), up to a word of its kind, a place
 * after a preposition, a particle or the end of the phrase; a head with no name ("المستشفى
 * العسكري", "مستشفى ميداني") names none.
 */
export function findHospitals(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = hospitalTrie.matchAt(tokens, i, text);
    // "عقد في مستشفى X العام اجتماعا", "بمستشفى X": where something was held, the site of the story.
    if (!head || heldAtHospital(tokens, i, head.clitic)) continue;
    let k = i + 1;
    const definite = matchKey(head.surface).startsWith("ال");
    if (definite) while (tokens[k] && !tokens[k]!.lineStart && KINDS.has(tokens[k]!.key)) k++;
    if (definite && k === i + 1) continue;
    let last = k - 1;
    for (; k < tokens.length && k - (last + 1) < MAX_NAME; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word" || !t.arabic || t.lineStart || isStopToken(t) || KINDS.has(t.key)) break;
      const place = ctx.placeAt[k];
      // "بصفاقس": a town after a preposition is where the hospital stands.
      if ((place && (place.start > t.start || place.viaDemonym)) || whereItStands(t.key)) break;
      if (!place && !definite && t.key.startsWith("ال")) break;
    }
    if (k === last + 1) continue;
    last = k - 1;
    if (!definite && KINDS.has(tokens[k]?.key ?? "") && !tokens[k]!.lineStart) last = k;
    const start = head.start;
    const end = tokens[last]!.end;
    out.push({ first: i, last, start, end, surface: text.slice(start, end), fixed: true, inTitle: false });
    i = last;
  }
  return out;
}
