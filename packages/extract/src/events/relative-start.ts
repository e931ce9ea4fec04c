import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

// Verbs of a start: "انطلقت", "بدأت", "began".
const STARTED = /^(انطلق|انطلقت|بدأ|بدأت|began|started|opened)$/u;
const RELATIVE = /^(التي|الذي|اللذين|اللتين|which|that)$/u;

/**
 * "وعرفت البطولة، التي انطلقت في الرابع من الشهر، مشاركة …": a start told in a relative clause
 * about a thing named before says when that thing began, no happening of the report.
 */
export function startInRelative(tokens: readonly Pick<Token, "text">[], c: CueHit): boolean {
  return c.kind === "other" && c.first === c.last && STARTED.test(tokens[c.first]!.text) && RELATIVE.test(tokens[c.first - 1]?.text ?? "");
}
