import { holdsPreposition, phraseNotName } from "../ner/phrase-not-name";
import { readings } from "../text/tokens";
import { type Ctx, joinKeys, type NameSpan, nameSpan } from "./anchor-spans";
import { arabicName } from "./arabic-names";
import { isOrgHeadAt, isRoleHeadAt } from "./head-lookups";
import { isGivenSaid, isNameApostrophe, LATIN_CONNECT, latinName } from "./latin-names";
import { rankAt } from "./ranks";
import { isCalendarWord, isGivenName, isStopToken, NAME_CONNECTORS, NAME_OPENERS, nameVerbKeys, roleContinuerKeys, speechKeys } from "./vocabulary";
import { isGivenNameKey, possessive, verbLike } from "./word-shapes";

/** A personal name after an anchor (forwards) or before one (backwards), in either script. */

/** A personal name starting at i (after an anchor). `afterRank` allows a bare family name with ال. */
export function nameAt(ctx: Ctx, i: number, afterRank: boolean): NameSpan | null {
  const { tokens } = ctx.doc;
  let j = i;
  // "الفريق/ أحمد", "وزير الدفاع الصيني “دونغ جون”", "الفريق: X"
  let quoted = false;
  while (j < tokens.length && tokens[j]!.kind === "punct" && ["/", ":", "“", "\"", "«", "'"].includes(tokens[j]!.text) && j - i < 2) {
    if (tokens[j]!.text !== "/" && tokens[j]!.text !== ":") quoted = true;
    j++;
  }
  const first = tokens[j];
  // A name sits on the same line as its anchor.
  if (!first || first.kind !== "word" || (first.lineStart && j > 0)) return null;
  if (!first.arabic) return latinName(ctx, j);
  const name = arabicName(ctx, j, afterRank, quoted);
  // "وأمر بنشر بطاريات مدفعية إضافية": after a word read as a title, a noun and its adjective.
  return name && phraseNotName(tokens, name.first, name.last) ? null : name;
}

/** A name that ends right before token `end` (exclusive), read backwards: "سيباستيان لوكورنو، وزير". */
export function nameBefore(ctx: Ctx, end: number): NameSpan | null {
  const { tokens } = ctx.doc;
  let j = end - 1;
  if (j < 0) return null;
  let first = -1;
  let count = 0;
  while (j >= 0 && count < 5) {
    const t = tokens[j]!;
    if (t.kind !== "word") {
      if ((t.text === "-" && !t.spaceBefore && !tokens[j + 1]?.spaceBefore && !tokens[j]!.arabic) || isNameApostrophe(tokens, j)) {
        j--;
        continue;
      }
      break;
    }
    if (isCalendarWord(t)) break;
    if (t.arabic) {
      // "فيصل" reads as ف + a verb; a given name that opens with ف or و is still the name.
      if (isStopToken(t) && !NAME_CONNECTORS.has(t.key) && !(isGivenName(t) && /^[فو]/.test(t.key))) break;
      if (possessive(t) || verbLike(t) || saysOrAccording(t) || subjectVerb(t)) break;
      if (/^(وال|بال|لل|كال|فال)/.test(t.key)) break;
      if (ctx.placeAt[j] && !isGivenName(t)) break;
      if (isRoleHeadAt(ctx, j) || rankAt(ctx, j)) break;
    } else if (LATIN_CONNECT.has(t.key) && !t.capital && first >= 0 && tokens[j - 1]?.capital) {
      // "Mohammed bin Salman": a lower-case connector inside a Latin name.
    } else if (!t.capital || (isStopToken(t) && !isGivenSaid(tokens, j)) || ctx.placeAt[j]) break;
    first = j;
    count++;
    if (t.lineStart) break;
    j--;
  }
  if (first < 0) return null;
  // Drop a leading conjunction word that is not a name, then require a plausible name: two words
  // or more, the first of them not a definite noun unless it is a known given name.
  let f = first;
  while (f < end - 1 && NAME_OPENERS.has(tokens[f]!.key) && tokens[f]!.key !== "عبد" && tokens[f]!.key !== "ابو") f++;
  const t0 = tokens[f]!;
  if (t0.arabic && t0.key.startsWith("ال") && !isGivenName(t0)) return null;
  // "Gavi, the Vaccine Alliance, the minister said": a capitalized run after "the" names a body;
  // English puts no article before a person's name.
  const det = tokens[f - 1];
  if (!t0.arabic && det && !det.arabic && !det.capital && ["the", "a", "an"].includes(det.key)) return null;
  // "رئيس هيئة الأركان المشتركة، مساعد …": the complement of the office before it, not a name.
  if (t0.arabic && !isGivenName(t0) && (roleContinuerKeys.has(t0.key) || isOrgHeadAt(ctx, f))) return null;
  // "ضباط وزارة الدفاع، …": a noun in construct with a body (its head, then a definite word) is who
  // the body's people are, not a name; no name holds a body's head before a word with the article.
  if (bodyInConstruct(ctx, f + 1, end - 1)) return null;
  if (t0.arabic && t0.key.startsWith("و") && !isGivenName(t0)) {
    const bare = readings(t0.key).find((r) => r.cut === 1);
    if (bare && isGivenNameKey(bare.key)) {
      // "ومحمد X،" — the و is a conjunction; the name starts after it.
      return nameSpan(ctx, f, end - 1, [bare.key, ...joinKeys(tokens, f + 1, end - 1)], t0.start + 1);
    }
  }
  const words = tokens.slice(f, end).filter((t) => t.kind === "word").length;
  // "التي جرت قبالة جزيرة X، قائد …": a run holding a preposition is the clause before the role.
  if (words < 2 || holdsPreposition(tokens, f, end - 1)) return null;
  return nameSpan(ctx, f, end - 1, joinKeys(tokens, f, end - 1));
}

/**
 * "التقى X Y وزير الدفاع الروسي": a name printed right before a role with no comma counts only
 * when it opens with a known given name and is two to four words long.
 */
export function givenNameBefore(ctx: Ctx, end: number): NameSpan | null {
  const name = nameBefore(ctx, end);
  if (!name || !ctx.doc.tokens[name.first]!.arabic) return null;
  const first = ctx.doc.tokens[name.first]!;
  if (!isGivenName(first) || name.keys.length < 2 || name.keys.length > 4) return null;
  return name;
}

/** True when a body's head with a definite word after it (وزارة الدفاع) stands in first…last. */
function bodyInConstruct(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if (t.arabic && !isGivenName(t) && isOrgHeadAt(ctx, k) && tokens[k + 1]!.arabic && tokens[k + 1]!.key.startsWith("ال")) return true;
  }
  return false;
}

/**
 * "وأوضحت X Y، المتحدثة …", "وحسب X Y، الذي …": a verb of saying (its feminine in ت too) or
 * "according to", with or without و, ends a name read backwards.
 */
export function saysOrAccording(t: { key: string }): boolean {
  const k = t.key.startsWith("و") ? t.key.slice(1) : t.key;
  return speechKeys.has(k) || speechKeys.has(t.key) || (k.endsWith("ت") && speechKeys.has(k.slice(0, -1)));
}

/** "ويرى X Y، أستاذ …", "ووصفت X Y، منسقة …": the verb the name is the subject of, و and all, is no name word. */
function subjectVerb(t: { key: string }): boolean {
  const k = t.key.startsWith("و") ? t.key.slice(1) : t.key;
  return nameVerbKeys.has(k) && !isGivenNameKey(t.key);
}
