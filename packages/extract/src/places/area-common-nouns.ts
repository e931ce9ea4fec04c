import rules from "../rules/places.json";
import { matchKey } from "../text/normalize";

/**
 * "منطقة الجزاء", "منطقة العمليات", "ساحة تنافس", "منطقة متنازع عليها", "منطقة الخزانات": after an
 * area's noun a common noun of sport, war, rivalry or of the works and stores that stand there makes a
 * phrase, not a place's name. The definite ones are
 * listed (a town's name can take any shape: الزرقاء is built as الجزاء is); the indefinite verbal
 * noun of the form تفاعل and its participle متفاعل are known by shape. Word list: rules/places.json.
 */
const listedKeys = new Set(rules.areaCommonNouns.map((w) => matchKey(w)));
const RIVALRY_NOUN = /^(ت|مت)[^ا]ا[^ا]{2}$/u;

/** Whether the word after منطقة or ساحة (its key) is a common noun there, not a name. */
export function isCommonNounAfterArea(key: string): boolean {
  return listedKeys.has(key) || RIVALRY_NOUN.test(key);
}
