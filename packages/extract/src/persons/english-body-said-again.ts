import { organizationsOf } from "../organizations";
import type { Token } from "../text/tokens";
import type { Ctx, RoleSpan } from "./anchor-spans";
import { placesIn } from "./coref";

/**
 * An English office that names its body again in short serves the state the body was first
 * named with: by its acronym ("the UPDF commander" after "Uganda People's Defence Forces") or by
 * its last words in lower case ("the air force commander" after "the Uruguayan Air Force"). The
 * body named last before the office wins, so a story of two armies gives each office its own.
 * Only a body whose name holds a state counts; the office names no state of its own (its state
 * is read first).
 */
export function stateOfEnglishBodySaidAgain(ctx: Ctx, role: RoleSpan): string | null {
  const { tokens } = ctx.doc;
  if (tokens[role.first]?.arabic) return null;
  const bodies = organizationsOf(ctx).mentions.filter((o) => o.last < role.first && !tokens[o.first]!.arabic);
  for (let b = bodies.length - 1; b >= 0; b--) {
    const body = bodies[b]!;
    if (!namesBodyAgain(tokens, role, body.first, body.last)) continue;
    const state = placesIn(ctx, body.first, body.last).find((p) => p.iso2)?.iso2;
    if (state) return state;
  }
  return null;
}

// Words a body's initials leave out ("Ministry of Defence" is MoD, "Uganda People's Defence Forces" UPDF).
const NOT_INITIALLED = new Set(["of", "and", "the", "for", "s", "'", "\u2019", "-"]);

function namesBodyAgain(tokens: readonly Token[], role: RoleSpan, first: number, last: number): boolean {
  const initials = bodyInitials(tokens, first, last);
  for (let k = role.first; k <= role.last; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" && /^[A-Z]{2,6}$/.test(t.text) && t.text === initials) return true;
  }
  // "a JICA team led by its senior vice president": an office said with "its" is rebuilt with the body's acronym.
  if (/^[A-Z]{2,6}$/.test(initials) && role.surface.split(/[^\p{L}]+/u).includes(initials)) return true;
  return endsWithLowerCaseWords(tokens, role, first, last);
}

/** "Botswana Defence Force" → "BDF": the first letters of its words, small words left out. */
function bodyInitials(tokens: readonly Token[], first: number, last: number): string {
  let out = "";
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || NOT_INITIALLED.has(t.key)) continue;
    out += t.text[0]!.toUpperCase();
  }
  return out;
}

/**
 * "the air force commander": the role holds, in lower case, the body's last two words or more
 * ("Air Force" of "Uruguayan Air Force"), right after its article or its opening. One word alone
 * ("the police") names too many bodies to tell which.
 */
function endsWithLowerCaseWords(tokens: readonly Token[], role: RoleSpan, first: number, last: number): boolean {
  const tail: string[] = [];
  for (let k = last; k > first && tail.length < 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !t.capital) break;
    tail.unshift(t.key);
    if (tail.length < 2) continue;
    if (lowerCaseRunAt(tokens, role, tail)) return true;
  }
  return false;
}

function lowerCaseRunAt(tokens: readonly Token[], role: RoleSpan, words: readonly string[]): boolean {
  for (let k = role.first; k + words.length - 1 <= role.last; k++) {
    if (words.every((w, d) => tokens[k + d]!.key === w && !tokens[k + d]!.capital)) return true;
  }
  return false;
}
