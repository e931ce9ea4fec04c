import { matchKey } from "@marsad/extract/text";
import data from "./rank-ladder.json";

export type Service = "army" | "navy" | "air";

/** One step of a service's rank ladder. */
export interface RankStep {
  key: string;
  service: Service;
  /** NATO officer grade OF-1 … OF-10 (0: other ranks): comparable across services and languages. */
  grade: number;
}

// Ranks are compared on their matching key without the article and the abbreviation dots:
// "الفريق" = "فريق", "Lt. Gen." = "lt gen".
const wordKey = (w: string) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w);
const phraseKey = (text: string) => matchKey(text).split(" ").filter(Boolean).map(wordKey);

const dropped = new Set(data.dropped.words.map((w) => phraseKey(w).join(" ")));
const steps = new Map<string, RankStep>();
for (const s of data.ladder) {
  const step: RankStep = { key: s.key, service: s.service as Service, grade: s.grade };
  for (const name of [...s.ar, ...s.en]) steps.set(phraseKey(name).join(" "), step);
}
const longestName = Math.max(...[...steps.keys()].map((k) => k.split(" ").length));

/**
 * The ladder step of a rank as printed ("الفريق الركن (طيار)", "المشير الركن الشيخ", "Lt. Gen."),
 * or null when it is no military rank (الدكتور, Sheikh) or one the ladder does not know. Staff,
 * arm and honorific words are dropped for the step; the printed rank stays the evidence. The
 * longest known name wins, so "فريق أول بحري" is an admiral, not a lieutenant general.
 */
export function rankStep(printed: string | null | undefined): RankStep | null {
  if (!printed) return null;
  const words = phraseKey(printed).filter((w) => !dropped.has(w));
  for (let start = 0; start < words.length; start++) {
    for (let n = Math.min(longestName, words.length - start); n >= 1; n--) {
      const step = steps.get(words.slice(start, start + n).join(" "));
      if (step) return step;
    }
  }
  return null;
}
