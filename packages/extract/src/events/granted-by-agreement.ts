import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit, CueKind } from "./cues";

// "اتفاقا يتيح للبحرية …", "an agreement that lets …": the verbs by which an agreement grants something.
const GRANTS = new Set(["يتيح", "تتيح", "يسمح", "تسمح", "يمنح", "تمنح", "يخول", "تخول", "allows", "allow", "lets", "let", "gives", "give", "grants", "grant", "permits", "permit", "enables", "enable"].map((w) => matchKey(w)));
// "مذكرة تتضمن تنظيم معرض في X": the verbs by which an agreement holds its terms, in the present.
const CONTAINS = new Set(["تتضمن", "يتضمن", "تشمل", "يشمل", "تنص", "ينص"].map((w) => matchKey(w)));
// How far the verb of its terms may stand after the agreement's noun.
const MAX_CONTENT_GAP = 12;
// Where the agreement's own occasion is told again ("… was signed in Y"), the clause has ended;
// what it grants may be a happening to come ("to hold exercises at Y"), which does not end it.
const OCCASION: ReadonlySet<CueKind> = new Set<CueKind>(["signing", "meeting", "visit", "welcome", "ceremony", "statement", "gatheringNouns", "participation"]);
// "agreement that allows", "deal which gives": the relative word between the noun and its verb.
const RELATIVE = new Set(["that", "which", "الذي", "التي"].map((w) => matchKey(w)));

// "an agreement on Thursday that": words between the noun and the relative word.
const MAX_GAP = 3;

/** A comma, a colon, brackets or quotes end the clause; an apostrophe ("Senegal's") does not. */
function clauseBreak(t: Token): boolean {
  return t.kind === "punct" && /[,،;؛:()."«»]/u.test(t.text);
}

function clauseBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (clauseBreak(tokens[k]!)) return true;
  return false;
}

/**
 * "وقعا اتفاقا يتيح للبحرية صيانة غواصاتها في أحواض X", "approved an agreement that gives the navy a
 * base at the port of X": a place in the clause of what an agreement grants is what was agreed on,
 * not where the agreement was signed or approved; so is one in the clause after "under which". The
 * clause ends at a comma.
 */
export function grantedByAgreement(tokens: readonly Token[], first: number, cues: readonly CueHit[], at: number): boolean {
  for (let k = at - 1; k >= first; k--) {
    const t = tokens[k]!;
    if (clauseBreak(t) || cues.some((c) => c.first === k && OCCASION.has(c.kind))) return false;
    // "a memorandum under which markets will open": the terms follow the relative word itself.
    const underWhich = t.key === "which" && tokens[k - 1]?.key === "under";
    if (!GRANTS.has(t.key) && !CONTAINS.has(t.key) && !underWhich) continue;
    // "signed an agreement on Thursday that allows": the day may stand before the relative word.
    const before = underWhich ? k - 2 : RELATIVE.has(tokens[k - 1]?.key ?? "") ? k - 2 : k - 1;
    // "وقعا مذكرة تفاهم للتعاون في مجال X، تتضمن تنظيم معرض في Y": what it holds may follow the
    // noun's whole phrase and a comma.
    if (CONTAINS.has(t.key)) return cues.some((c) => c.kind === "agreementNouns" && c.last < k && k - c.last <= MAX_CONTENT_GAP);
    return cues.some((c) => c.kind === "agreementNouns" && c.last <= before && before - c.last <= MAX_GAP && !clauseBreakBetween(tokens, c.last, k));
  }
  return false;
}

// "agreed to", "agreed on Thursday to", "agree in principle to": words between the verb and "to".
const MAX_AGREED_GAP = 3;

/**
 * "they agreed to simplify checks on farm produce at the X border gate": an English place in the
 * clause of what the parties agreed to do (after "agreed … to") is what was agreed on, not where they
 * agreed; "agreed in X to …" puts the place before "to", where it still tells the venue. The clause
 * ends at a comma or where an occasion is told again.
 */
export function agreedToDo(tokens: readonly Token[], first: number, cues: readonly CueHit[], at: number): boolean {
  if (tokens[at]!.arabic) return false;
  for (let k = at - 1; k >= first; k--) {
    const t = tokens[k]!;
    if (clauseBreak(t) || cues.some((c) => c.first === k && OCCASION.has(c.kind))) return false;
    if (t.key !== "to") continue;
    for (let j = k - 1; j >= first && k - j <= MAX_AGREED_GAP + 1 && !clauseBreak(tokens[j]!); j--) if (cues.some((c) => c.kind === "agreeVerbs" && c.last === j)) return true;
  }
  return false;
}
