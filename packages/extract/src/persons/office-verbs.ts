import type { Ctx, RoleSpan } from "./anchor-spans";
import rules from "../rules/persons.json";
import { wordKey } from "../text/tokens";
import { organizationsOf, type OrgMention } from "../organizations";

const { $comment: _note, ...nouns } = rules.officeVerbs;
const OFFICE_NOUN: ReadonlyMap<string, string> = new Map(Object.entries(nouns));
const { $comment: _arNote, ...arNouns } = rules.arabicOfficeVerbs;
const ARABIC_OFFICE_NOUN: ReadonlyMap<string, string> = new Map(Object.entries(arNouns));
const TAKING_VERBS = new Set(rules.arabicOfficeTaken.verbs.map(wordKey));
const OFFICE_VERBAL_NOUN: ReadonlyMap<string, string> = new Map(Object.entries(rules.arabicOfficeTaken.nouns).map(([k, v]) => [wordKey(k), v]));

/** Words of the body after the verb, before the comma or full stop that closes the clause. */
const MAX_BODY = 12;
/** An Arabic body runs longer (`برنامج التلقيح في مكتب منظمة الصحة العالمية في بيروت`). */
const MAX_ARABIC_BODY = 12;

/**
 * "X, who heads Italy's coast guard, …": the office a relative clause gives the name before it,
 * written as news writes it ("head of Italy's coast guard"). Only a body with a name of its own
 * (a capitalized word) or a state's is an office: "who leads the drills" names none. The span is
 * the verb alone, so the body stays an organization of the story. "who teaches X at Y" keeps the
 * clause's words. Arabic: "X، الذي يرأس إدارة Y،" → "رئيس إدارة Y", "X، التي تنسق برامج Y،" →
 * "منسقة برامج Y" (`arabicOfficeVerbs`).
 */
export function officeAfterWho(ctx: Ctx, i: number): RoleSpan | null {
  const { tokens, text } = ctx.doc;
  const verb = tokens[i]!;
  if (verb.arabic) return arabicOfficeAfterWho(ctx, i);
  const noun = OFFICE_NOUN.get(verb.key);
  if (noun === undefined || tokens[i - 1]?.key !== "who" || tokens[i - 2]?.text !== ",") return null;
  let end = -1;
  for (let j = i + 1; j < tokens.length && j <= i + 2 * MAX_BODY; j++) {
    if (tokens[j]!.lineStart) break;
    // "who leads the X contingent of about 45 soldiers": the size after "of" is no part of the body.
    if ([",", "."].includes(tokens[j]!.text) || (tokens[j]!.key === "of" && countsAfter(tokens, j + 1))) {
      end = j - 1;
      break;
    }
  }
  // A body spelled out before its acronym in brackets ("the United Nations Office for … (OCHA)") runs longer.
  if (end <= i || (end - i > MAX_BODY && !holdsAcronym(tokens, i + 1, end))) return null;
  const named = tokens.slice(i + 1, end + 1).some((t, x) => t.kind === "word" && (t.capital || !!ctx.placeAt[i + 1 + x]?.iso2));
  const again = named ? undefined : bodySaidAgain(ctx, i + 1, end);
  if (!named && !again) return null;
  const body = again ? `the ${again.surface.replace(/^the /i, "")}` : text.slice(tokens[i + 1]!.start, tokens[end]!.end);
  const surface = noun ? `${noun} of ${body}` : `${verb.text} ${body}`;
  const role: RoleSpan = { first: i, last: i, start: verb.start, end: verb.end, surface, prepositional: false, counterpart: false, plural: false, conjoined: false };
  clauseBodies.set(role, again ? { first: again.first, last: again.last } : { first: i + 1, last: end });
  return role;
}

/**
 * "The Senate Standing Committee on Defence approved … X, who chairs the committee, said": a body
 * named again by its head noun alone after "the" is the body of that head named last before it.
 */
function bodySaidAgain(ctx: Ctx, first: number, last: number): OrgMention | undefined {
  const { tokens } = ctx.doc;
  if (last !== first + 1 || tokens[first]!.key !== "the" || tokens[last]!.capital || tokens[last]!.kind !== "word") return undefined;
  const head = tokens[last]!.key;
  return organizationsOf(ctx)
    .mentions.filter((o) => o.last < first && !tokens[o.first]!.arabic)
    .findLast((o) => tokens.slice(o.first, o.last + 1).some((t) => t.capital && t.key === head));
}

const clauseBodies = new WeakMap<RoleSpan, { first: number; last: number }>();

/** The tokens whose state is the person's, when they are not the office's own words. */
export function setStateBody(role: RoleSpan, body: { first: number; last: number }): void {
  clauseBodies.set(role, body);
}

/**
 * The tokens of the body a relative clause names ("who heads … at Uzbekistan's defence ministry"):
 * the office's span is the verb alone, so the body stays an organization, but its state is the person's.
 */
export function clauseBody(role: RoleSpan): { first: number; last: number } | undefined {
  return clauseBodies.get(role);
}

/** Words that close an Arabic clause of office before what the person says: "، إن", "أن". */
const ARABIC_CLAUSE_END = new Set(["،", ",", ".", ":", "؛"]);
const ARABIC_SAYING = new Set(["ان", "إن", "أن"]);

function arabicOfficeAfterWho(ctx: Ctx, i: number): RoleSpan | null {
  const { tokens, text } = ctx.doc;
  const verb = tokens[i]!;
  const who = tokens[i - 1]?.key;
  if ((who !== "الذي" && who !== "التي") || !COMMA_KEYS.has(tokens[i - 2]?.text ?? "")) return null;
  const feminine = verb.key.startsWith("ت");
  if (feminine !== (who === "التي")) return null;
  const masculine = feminine ? "ي" + verb.key.slice(1) : verb.key;
  // "الذي يشغل منصب المدير العام", "التي تتولى رئاسة اللجنة": the office is named by the verb's object.
  const taken = TAKING_VERBS.has(masculine) ? OFFICE_VERBAL_NOUN.get(tokens[i + 1]?.key ?? "") : undefined;
  const noun = taken ?? ARABIC_OFFICE_NOUN.get(masculine);
  if (noun === undefined) return null;
  const from = taken === undefined ? i + 1 : i + 2;
  let end = -1;
  for (let j = from; j < tokens.length && j <= i + MAX_ARABIC_BODY + 1; j++) {
    if (tokens[j]!.lineStart) break;
    if (ARABIC_CLAUSE_END.has(tokens[j]!.text) || ARABIC_SAYING.has(tokens[j]!.key)) {
      end = j - 1;
      break;
    }
  }
  // The body is a noun in construct with a definite word or a place ("إدارة التعاون"), not a bare object.
  if (end < from || !tokens.slice(from, end + 1).some((t, x) => t.arabic && (t.key.startsWith("ال") || !!ctx.placeAt[from + x]))) return null;
  const body = text.slice(tokens[from]!.start, tokens[end]!.end);
  const surface = noun ? `${feminine ? noun + "ة" : noun} ${body}` : body;
  return { first: i, last: i, start: verb.start, end: verb.end, surface, prepositional: false, counterpart: false, plural: false, conjoined: false };
}

const COMMA_KEYS = new Set(["،", ","]);

/** True when "(" ACRONYM ")" stands between first and last. */
function holdsAcronym(tokens: Ctx["doc"]["tokens"], first: number, last: number): boolean {
  for (let k = first; k + 2 <= last; k++) if (tokens[k]!.text === "(" && /^[A-Z]{2,}$/.test(tokens[k + 1]!.text) && tokens[k + 2]!.text === ")") return true;
  return false;
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
