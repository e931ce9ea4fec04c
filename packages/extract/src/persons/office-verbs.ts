import type { Ctx, RoleSpan } from "./anchor-spans";
import rules from "../rules/persons.json";

const { $comment: _note, ...nouns } = rules.officeVerbs;
const OFFICE_NOUN: ReadonlyMap<string, string> = new Map(Object.entries(nouns));

/** Words of the body after the verb, before the comma or full stop that closes the clause. */
const MAX_BODY = 8;

/**
 * "X, who heads Italy's coast guard, …": the office a relative clause gives the name before it,
 * written as news writes it ("head of Italy's coast guard"). Only a body with a name of its own
 * (a capitalized word) or a state's is an office: "who leads the drills" names none. The span is
 * the verb alone, so the body stays an organization of the story.
 */
export function officeAfterWho(ctx: Ctx, i: number): RoleSpan | null {
  const { tokens, text } = ctx.doc;
  const verb = tokens[i]!;
  const noun = OFFICE_NOUN.get(verb.key);
  if (!noun || verb.arabic || tokens[i - 1]?.key !== "who" || tokens[i - 2]?.text !== ",") return null;
  let end = -1;
  for (let j = i + 1; j < tokens.length && j <= i + MAX_BODY; j++) {
    if (tokens[j]!.lineStart) break;
    // "who leads the X contingent of about 45 soldiers": the size after "of" is no part of the body.
    if ([",", "."].includes(tokens[j]!.text) || (tokens[j]!.key === "of" && countsAfter(tokens, j + 1))) {
      end = j - 1;
      break;
    }
  }
  if (end <= i) return null;
  const named = tokens.slice(i + 1, end + 1).some((t, x) => t.kind === "word" && (t.capital || !!ctx.placeAt[i + 1 + x]?.iso2));
  if (!named) return null;
  const surface = `${noun} of ${text.slice(tokens[i + 1]!.start, tokens[end]!.end)}`;
  return { first: i, last: i, start: verb.start, end: verb.end, surface, prepositional: false, counterpart: false, plural: false, conjoined: false };
}

/** A number, or a word of quantity before one, opens the phrase at k ("of 45 soldiers", "of about 150", "of two vessels"). */
function countsAfter(tokens: Ctx["doc"]["tokens"], k: number): boolean {
  const t = tokens[k];
  return !!t && (t.kind === "num" || QUANTITY_WORDS.has(t.key));
}

const QUANTITY_WORDS = new Set(["about", "around", "some", "nearly", "almost", "more", "over", "up", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "several", "dozens", "hundreds"]);

/**
 * "Captain X of the Royal Y Navy, who led …": the name is followed by the force or the body he
 * belongs to (capitalized words after "of", "the" allowed) and the comma before "who" at `comma`.
 */
export function ofBodyBeforeComma(tokens: Ctx["doc"]["tokens"], nameLast: number, comma: number): boolean {
  let k = nameLast + 1;
  if (tokens[k]?.key !== "of" || tokens[comma]?.text !== ",") return false;
  k++;
  if (tokens[k]?.key === "the") k++;
  if (k >= comma || comma - k > 6) return false;
  for (; k < comma; k++) if (tokens[k]!.kind !== "word" || tokens[k]!.arabic || !tokens[k]!.capital) return false;
  return true;
}
