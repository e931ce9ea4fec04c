/**
 * Whether a story is about sport: some word of it is a word of sport and teams (`teamWords` of
 * rules/persons.json: مباراة، الدوري، المنتخب …). Only there does a city's name alone name a club
 * ("فاز برشلونة"); elsewhere a capital read as a body stands for its state ("داعية أثينا إلى"),
 * and stays a place.
 */
import { teamWordKeys } from "./persons/vocabulary";
import { tokenReadsAs, type Token } from "./text/tokens";

export function isSportStory(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === "word" && tokenReadsAs(t, teamWordKeys));
}
