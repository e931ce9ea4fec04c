import rules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";

// "معسكر بوتمير قرب سراييفو", "جزيرة بوني قبالة …", "دورية للجيش قرب بلدة X": a word of relative
// position starts what says where; it is part of no name.
export const positionKeys = new Set(["قرب", "قبالة", "بالقرب", "عند", "داخل", "خارج", "حول", "أمام", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"].map((w) => matchKey(w)));

// "مدينة", "بلدة", "قرية": nouns that only say the name after them is a town's.
const townHeadKeys = new Set(rules.placeHeadsOutsideName.map((w) => matchKey(w)));

// The heads of the land's and the water's features, named as often after a foreigner or in his
// tongue ("خليج X Y", "بحيرة X Y").
export const featureHeadKeys = new Set(["خليج", "بحيرة", "جبل", "نهر", "هضبة", "سهل", "صحراء", "واحة"].map((w) => matchKey(w)));

// "قبالة ساحل X": a coast is named by the land it borders.
const coastKeys = new Set(["ساحل", "سواحل"].map((w) => matchKey(w)));

/**
 * "قرب بلدة أيورو", "في خليج X Y", "قبالة ساحل X": the word after a town noun, a feature's or a
 * coast's (with its clitics: "ببلدة", "لمدينة") names the town, the feature or the land, so the
 * tagger's reading of it as a person's name is set aside.
 */
export function afterTownHead(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return !!before && before.kind === "word" && [townHeadKeys, featureHeadKeys, coastKeys].some((keys) => tokenReadsAs(before, keys));
}
