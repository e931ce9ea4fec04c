import rules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";

/*
 * A place name read inside a longer word after cutting a proclitic (ب ل ك, with و ف before them)
 * where Arabic grammar allows no proclitic there, so the word is read whole: it is a name of its
 * own that no list holds ("من بلدة ببنين": the village Bebnine, not "in Benin"), or a common word
 * ("تقاربا كبيرا": "great", not "like Beira").
 * - A preposition takes no second preposition: after في من إلى على عن the word opens with its own
 *   letters ("في ببنين", "من لبلدة" is no Arabic).
 * - The noun of a town before a name is in construct with it ("بلدة X", "قرية X"): the name after
 *   it takes no preposition.
 * - ك "like" is put before a town's or a region's name so seldom in news (it is كال before a
 *   definite one: "مدن كالقاهرة") that a bare word read as ك + a town is a common word
 *   ("كبيرا", "كاملا"); states are left alone ("كمصر").
 */

const PREPOSITIONS = new Set(["في", "من", "إلى", "الى", "على", "عن", "مع", "حتى", "نحو", "منذ"].map((w) => matchKey(w)));
const townHeadKeys = new Set(rules.placeHeadsOutsideName.map((w) => matchKey(w)));

/** The clitic's letters without a leading conjunction (و ف): "وب" → "ب", "لل" → "لل". */
const prepositionPart = (clitic: string): string => clitic.replace(/^[وف]/u, "");

interface CliticMatch {
  first: number;
  clitic: string;
}

/**
 * Whether the proclitic cut to read a place at `m` cannot stand there: right after a preposition or
 * a town's noun, or a ك "like" before the bare name of a town or region (`kind`).
 */
export function isImpossibleProclitic(tokens: readonly Token[], m: CliticMatch, kind: string, surface: string): boolean {
  const part = prepositionPart(m.clitic);
  if (!/^[بلك]/u.test(part)) return false;
  const prev = tokens[m.first - 1];
  if (prev && prev.kind === "word" && prev.arabic && !tokens[m.first]!.lineStart) {
    if (PREPOSITIONS.has(prev.key)) return true;
    if (tokenReadsAs(prev, townHeadKeys)) return true;
  }
  return part === "ك" && (kind === "city" || kind === "region") && !matchKey(surface).startsWith("ال");
}
