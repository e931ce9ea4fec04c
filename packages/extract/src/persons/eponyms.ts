import rules from "../rules/persons.json";
import { readsAs, wordKey, type Token } from "../text/tokens";
import type { Ctx } from "./anchor-spans";

const headKeys = new Set(rules.eponymHeads.map(wordKey));
const titleKeys = new Set(rules.eponymTitles.map(wordKey));
const QUOTES = new Set(['"', "«", "“"]);

/** "الملك", "الأمير": a title printed between a place's noun and the name it is named after. */
export const isEponymTitle = (key: string): boolean => titleKeys.has(key);

/**
 * "كلية X العسكرية", "جامعة X", "مركز الملك X", 'السفينة الفلبينية "X"': a name printed right
 * after the noun of a place, a body or a vessel (with its proclitic, a title, the vessel's
 * nationality or an opening quote between) names that thing after a person; the person is no
 * one the story tells of.
 */
export function isEponym(ctx: Ctx, first: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = first - 1;
  if (QUOTES.has(tokens[k]?.text ?? "")) k--;
  if (ctx.placeAt[k]?.viaDemonym) k--;
  if (tokens[k] && titleKeys.has(tokens[k]!.key)) k--;
  const head: Token | undefined = tokens[k];
  return !!head && head.kind === "word" && readsAs(head.key, headKeys);
}
