import rules from "../rules/metadata.json";
import { givenNameKeys } from "../persons/vocabulary";
import { wordKey } from "../text/tokens";
import { knownOutlet } from "./outlets";
import { OUR_STAFF } from "./our-staff";
import { townWithItsState } from "./source-value";

const agencyHint = new Set([...rules.outletWords, ...rules.agencyHeads].map(wordKey));

/**
 * An Arabic personal name standing alone ("رفعت سليمان", "سيدي محمد ولد الشيخ"): two to five words
 * with a known given name first or second (compound given names: "سيدي محمد", "أم كلثوم"), none of
 * them an outlet word. Bylines and sign-offs print the
 * writer this way, so such a line names a person, never the outlet.
 */
export function isPersonalName(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/);
  // "عبد الرحمن موسى": a given name printed in two words is one given name.
  const joined = /^(عبد|أبو|ابو)$/u.test(words[0]!) && words[1] ? wordKey(words[0]! + words[1]) : "";
  return writerShaped(t) && (givenNameKeys.has(wordKey(words[0]!)) || givenNameKeys.has(wordKey(words[1]!)) || givenNameKeys.has(joined));
}

// A byline verb may stand between the place and the name ("بيروت – كتب سامر الحلبي"), and so may
// the word of a letter from the place ("باريس - رسالة سامر الحلبي").
// So may the paper's own correspondent or envoy ("بانجول - من مبعوثنا: NAME", src/metadata/our-staff.ts).
const bylineVerb = new RegExp(`^(?:${[...rules.bylineWords, ...rules.letterFromWords].filter((w) => /\p{Script=Arabic}/u.test(w)).join("|")}|${OUR_STAFF.source.slice(1)})\\s*:?\\s+`, "u");
// "رسالة باريس: سامر الحلبي": the letter's word before the place it was sent from.
const letterFrom = new RegExp(`^(?:${rules.letterFromWords.join("|")})\\s+`, "u");

/**
 * The correspondent of a dateline byline, "نواكشوط – سيدي محمد ولد الشيخ", "بيروت – كتب سامر
 * الحلبي" or, as newspapers print it, "لندن: سامر الحلبي": a place, a dash or a colon, perhaps a
 * byline verb, and a personal name filling the line. The name is
 * the writer's; an agency there would be the source. The place may carry its region or state in
 * brackets ("صور (جنوب لبنان): NAME"), which tells a place even where the town's name is a
 * common word the gazetteer leaves out.
 */
export function correspondentOf(text: string, isPlace: (s: string) => boolean): string | null {
  const printed = correspondentOutlet(text)?.rest ?? text.trim();
  const line = printed.replace(EXCLUSIVE_LABEL, " – ").replace(letterFrom, "");
  const dash = /^([\p{L} ]{2,30}(?:\s*\([\p{L} ]{2,30}\))?)\s*[-–:/]\s*([\p{L} :]{2,45})$/u.exec(line);
  const place = dash?.[1]!.trim() ?? "";
  if (!dash || !(isPlace(place) || townWithItsState(place, isPlace))) return null;
  // "كيلوا كيسيواني (تنزانيا) - NAME:": the colon closing the byline, the report under it, is no part of the name.
  const signed = dash[2]!.trim().replace(/\s*:$/u, "");
  const name = signed.replace(bylineVerb, "").trim();
  // After "كتب" the words are a writer's name whatever its given name ("كتب عبد الرحمن موسى"):
  // the verb says so; without it only a known given name tells a name from an agency.
  // So does the label "خاص" (exclusive): only a writer's name follows it on a dateline.
  if (name !== signed || line !== printed) return writerShaped(name) ? name : null;
  return isPersonalName(name) ? name : null;
}

// "أسمرة – خاص – NAME": the paper's "exclusive" label between the place and the writer.
const EXCLUSIVE_LABEL = /\s*[-–]\s*(?:خاص|خاص ب[\p{L}«»"]+|حصري)\s*[-–]\s*/u;

/** Two to five Arabic words, none an outlet word and not an outlet: the shape of a signed name. */
export function writerShaped(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !/^[\p{Script=Arabic}\s]+$/u.test(text)) return false;
  return !knownOutlet(text) && !words.some((w) => agencyHint.has(wordKey(w)));
}

// "مراسل «الأفق»", "مراسلة صحيفة الأفق": the correspondent's outlet after the name.
const OUTLET_OF_CORRESPONDENT = /^(.+?)\s*[،,]\s*(?:مراسل|مراسلة)\s+(?:ل)?[«"“]?([^«»"“”،,]{2,40}?)[»"”]?\s*:?$/u;

/**
 * "سانتو دومينغو - أمل الصباغ، مراسلة «الأفق»": a dateline byline closed by the writer's title
 * and outlet. Returns the outlet and the line without them, or null.
 */
export function correspondentOutlet(text: string): { outlet: string; rest: string } | null {
  const m = OUTLET_OF_CORRESPONDENT.exec(text.trim());
  return m ? { outlet: m[2]!.trim(), rest: m[1]!.trim() } : null;
}
