import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { governorateKeys } from "../places/governorate-beside-town";

const governmentKeys = new Set(rules.stateGovernmentHeads.map((h) => matchKey(h)));
const troopKeys = new Set(rules.stateTroopHeads.map((h) => matchKey(h)));
const LINKS = new Set(["of", "the", "s"]);
const levelKeys = new Set(rules.governmentLevels.map((w) => matchKey(w)));

/**
 * "الحكومة اليمنية", "حكومة ميانمار", "Benin's government", "the Government of Mali": a government
 * named by its state alone is the state acting, as the story's states are listed already; a
 * government with a name of its own ("حكومة الوحدة الوطنية") or a movement's ("حكومة طالبان") is a body.
 */
export function isStateGovernment(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  let head = -1;
  for (let k = first; k <= last; k++) if (tokens[k]!.kind === "word" && governmentKeys.has(readKey(tokens[k]!.key))) head = k;
  if (head < 0) return false;
  let states = 0;
  // "الحكومة الفيدرالية", "الحكومة المحلية": the level a government rules at names no body of its
  // own either, with its state or without (`governmentLevels`).
  let levels = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (k === head || t.kind !== "word" || LINKS.has(t.key)) continue;
    // "حكومة الإقليم", "حكومة الولاية": a division's government called by the division's noun said
    // again is that area's authority, as a level is.
    if (t.arabic && (levelKeys.has(t.key) || (k === head + 1 && k === last && isDivisionSaidAgain(t.key)))) {
      levels++;
      continue;
    }
    const place = ctx.placeAt[k];
    if (!place || place.kind !== "country" || !place.iso2) return false;
    if (place.firstToken === k) states++;
  }
  return states === 1 || (levels > 0 && states === 0);
}

/** "الإقليم", "الولاية": the noun of a state's first-level division with the article, naming none. */
function isDivisionSaidAgain(key: string): boolean {
  return key.startsWith("ال") && governorateKeys.has(key.slice(2));
}

/** The word without a conjunction or preposition printed on it ("والحكومة", "بحكومة"). */
function readKey(key: string): string {
  return governmentKeys.has(key) || troopKeys.has(key) ? key : key.replace(/^[وفبل](?=.{4})/, "");
}

/**
 * "القوات الباكستانية", "القوات الإثيوبية": a state's forces called by its nationality alone are its
 * troops in the story, described; the name of the body is "القوات المسلحة الباكستانية".
 */
export function isStateTroops(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const nationality = ctx.placeAt[first + 1];
  return last === first + 1 && troopKeys.has(readKey(tokens[first]!.key)) && !!nationality?.viaDemonym && nationality.firstToken === first + 1 && nationality.lastToken === last;
}

const participleKeys = new Set(rules.troopParticiples.map((w) => matchKey(w)));

/**
 * "القوات المنتشرة جنوب النهر", "القوات المشاركة في التمرين": forces described by where they stand
 * or what they join are the troops of the story, no body's name.
 */
export function isTroopsDescribed(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const next = tokens[first + 1];
  return last > first && troopKeys.has(readKey(tokens[first]!.key)) && !!next && participleKeys.has(next.key);
}

const missionHeadKeys = new Set(rules.troopMissions.heads.map((w) => matchKey(w)));
const missionKeys = rules.troopMissions.missions.map((m) => m.split(" ").map((w) => matchKey(w)));

/**
 * "تمارين مشتركة لقوات حفظ السلام", "مراكز تدريب قوات حفظ السلام": forces named by the mission they
 * serve alone are the troops of that mission anywhere, no body; "قوات حفظ السلام الأممية" names one.
 */
export function isMissionTroops(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const head = tokens[first]!.key;
  if (!missionHeadKeys.has(head) && !missionHeadKeys.has(head.replace(/^(?:و|ل|ب|لل)(?=.{3})/, (c) => (c === "لل" ? "ال" : "")))) return false;
  return missionKeys.some((m) => last - first === m.length && m.every((w, j) => tokens[first + 1 + j]?.key === w));
}
