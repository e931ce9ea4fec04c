import type { Ctx } from "../persons/anchor-spans";
import { isStopToken } from "../persons/vocabulary";
import placeRules from "../rules/places.json";
import { matchKey } from "../text/normalize";
import { rawOffsetAfterLetters, readings, type Token } from "../text/tokens";
import { isCommonNounAfterArea } from "./area-common-nouns";
import type { SiteMention } from "./locations";

/*
 * "منطقة X الصناعية", "منطقة الملك X بن Y التنموية": an area's noun, a name and the definite
 * adjective of a zone of trade or industry closing it name one zone, a site of the story, whatever
 * the name is (a town, an eponym). The adjective cannot agree with the indefinite noun, only with
 * the whole name, so it is part of it.
 */

const AREA = matchKey("منطقة");
const zoneAdjectiveKeys = new Set(placeRules.zoneAdjectives.ar.map((w) => matchKey(w)));
// The name between the noun and the adjective: a town or an eponym of up to four words.
const MAX_NAME = 4;

/** Whether the site from `first` opens with the area's noun of a zone ("منطقة X الصناعية"). */
export function opensWithAreaNoun(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first];
  return !!t && t.arabic && t.key.endsWith(AREA) && readings(t.key).some((r) => r.key === AREA);
}

export function findZoneNames(ctx: Ctx): SiteMention[] {
  const { tokens, text } = ctx.doc;
  const out: SiteMention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i]!;
    // A reading is the key with proclitics cut from its front (or one opening with ال), so only a key
    // ending in the noun reads as it: the check spares looking up the readings of every other word.
    if (!head.arabic || head.kind !== "word" || !head.key.endsWith(AREA)) continue;
    const reading = readings(head.key).find((r) => r.key === AREA && (r.cut === 0 || /^(ب|و|ف|وب|فب)/u.test(head.key)));
    if (!reading) continue;
    // "منطقة العمليات الخاصة": a common noun after the area's noun names no zone.
    const first = tokens[i + 1]!;
    if (first.lineStart || first.kind !== "word" || !first.arabic || isCommonNounAfterArea(first.key)) continue;
    let end = -1;
    for (let k = i + 1; k <= i + MAX_NAME + 1 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.lineStart || t.kind !== "word" || !t.arabic) break;
      if (k > i + 1 && zoneAdjectiveKeys.has(t.key)) {
        end = k;
        break;
      }
      // "منطقة للتجارة الحرة": a word in ل says what an area is for; it names none.
      if (zoneAdjectiveKeys.has(t.key) || (isStopToken(t) && !ctx.placeAt[k]) || (/^ل/u.test(t.key) && !ctx.placeAt[k])) break;
    }
    if (end < 0) continue;
    const start = head.start + (reading.cut ? rawOffsetAfterLetters(head.text, reading.cut) : 0);
    out.push({ first: i, last: end, start, end: tokens[end]!.end, surface: text.slice(start, tokens[end]!.end), placeOnly: true });
    i = end;
  }
  return out;
}
