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
    if ([",", "."].includes(tokens[j]!.text)) {
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
