/**
 * Whether the word before a name already governs it, so that the name's first letter cannot be a
 * proclitic. After a preposition ("في", "قرب") or a place's head noun in construct ("مدينة",
 * "قرية") Arabic puts no second preposition or "و" on the next word: "قرية كيونغا" is the village
 * Kiunga, never "like Yunga", and "مدينة بوندوكو" is Bondoukou, never "in Wondoukou".
 */
import rules from "../rules/organizations.json";
import { tokenReadsAs, wordKey, type Token } from "../text/tokens";

const PREPOSITIONS = ["في", "من", "إلى", "الى", "عن", "على", "قرب", "نحو", "حتى", "مع", "بين", "عند", "لدى", "منذ", "داخل", "خارج", "حول", "قبالة", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"];

// "بالعاصمة فيكتوريا", "في حي بودا": the capital and a town's quarter are in construct with the name too.
const CONSTRUCT_NOUNS = ["العاصمة", "عاصمة", "حي"];

const governingKeys = new Set([...PREPOSITIONS, ...CONSTRUCT_NOUNS, ...rules.placeHeads.region.ar, ...rules.placeHeads.city.ar].map(wordKey));

export function isGoverned(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || prev.kind !== "word" || !prev.arabic || prev.end < tokens[first]!.start - 1) return false;
  // The governing word may carry its own proclitic: "وفي", "بمدينة", "لقرية".
  return governingKeys.has(prev.key) || tokenReadsAs(prev, governingKeys);
}
