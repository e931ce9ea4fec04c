import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { isCentreWorkNoun, isWorkNamedCentre } from "../places/work-named-centres";
import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";
import type { OrgMention } from "./index";

/**
 * "أعلن أن مركز تنسيق عمليات الإنقاذ تلقى نداء", "بالتنسيق مع مركز إنقاذ X": a centre named by the
 * work it does (src/places/work-named-centres.ts) is a body of the story when it acts or is dealt
 * with: the subject of a clause after أن or إن, a partner after مع, or the sender of a message
 * (`messageNouns`) after من. Where it is only visited or shown ("تفقد مركز تدريب …", "قدرات مركز
 * …") it is a facility and stays out, unless its name says whose it is (`ownedByState`). The name runs from
 * مركز over its work nouns, then definite words (و before one included) and places, and needs one
 * of those: "مركز قيادة مشترك" is a centre described, not named. A place in the name is the
 * centre's, no place of the story.
 */

const CENTRE = matchKey("مركز");
const cueKeys = new Set(["أن", "إن", "مع"].map((w) => matchKey(w)));
const FROM = matchKey("من");
const messageKeys = new Set(rules.messageNouns.ar.map((w) => matchKey(w)));

/** "بعد بلاغ من مركز …", "تلقت نداء استغاثة من مركز …": the centre after a message and من sent it. */
function sentMessage(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at - 1];
  return tokens[at]!.key === FROM && !!noun && noun.kind === "word" && (messageKeys.has(noun.key) || (noun.key.startsWith("ال") && messageKeys.has(noun.key.slice(2))));
}

const MAX_WORDS = 8;

function nameEnd(ctx: Ctx, head: number): number {
  const { tokens } = ctx.doc;
  let last = head + 1;
  let named = false;
  for (let k = head + 2; k < tokens.length && k - head <= MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.lineStart || !t.spaceBefore) break;
    const definite = t.key.startsWith("ال") || (t.key.startsWith("وال") && k > head + 2);
    if (!definite && !ctx.placeAt[k] && !(!named && isCentreWorkNoun(t))) break;
    if (definite || ctx.placeAt[k]) named = true;
    last = k;
  }
  return named ? last : -1;
}

const NATIONAL = new Set(["الوطني", "الوطنية"].map((w) => matchKey(w)));

/**
 * "مركز التدريب البحري الكرواتي", "مركز مكافحة الإرهاب المجري", "مركز القيادة الوطني": a name
 * closed by a state's nationality, or by "national", is that state's institution, a body of the
 * story wherever it is named, visited or sent to, not a facility described.
 */
function ownedByState(ctx: Ctx, last: number): boolean {
  const t = ctx.doc.tokens[last]!;
  const place = ctx.placeAt[last];
  return NATIONAL.has(t.key) || (!!place?.viaDemonym && place.lastToken === last && !!place.iso2);
}

export function findWorkNamedCentres(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  if (ctx.doc.language !== "ar") return [];
  const out: OrgMention[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.key !== CENTRE || !isWorkNamedCentre(tokens, i)) continue;
    const before = tokens[i - 1]!;
    const last = nameEnd(ctx, i);
    if (last < 0) continue;
    const acts = before.kind === "word" && (tokenReadsAs(before, cueKeys) || sentMessage(tokens, i - 1));
    if (!acts && !ownedByState(ctx, last)) continue;
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    // "مركز إنقاذ أثينا": the town names the centre and is no place of the story.
    let holdsPlace = false;
    for (let k = i + 2; k <= last; k++) if (ctx.placeAt[k]) holdsPlace = true;
    out.push({ first: i, last, start, end, surface: text.slice(start, end), fixed: holdsPlace, inTitle: false });
  }
  return out;
}
