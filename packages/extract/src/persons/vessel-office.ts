import { type Token, tokenReadings, wordKey } from "../text/tokens";
import { quotedNameEnd } from "../text/quotes";
import { keptPerObject } from "../text/kept-per-object";
import rules from "../rules/persons.json";
import type { Ctx, RoleSpan } from "./anchor-spans";

/**
 * A ship named in the sentence before an office that points back at it: 'صعد الوزير على متن
 * الفرقاطة المصرية "X"، حيث استمع من قائدها' is "قائد الفرقاطة المصرية X", and 'زورق الدورية
 * العماني "Y" بقيادة المقدم Z' makes Z "قائد زورق الدورية العماني Y". The ship is named by its
 * noun, a noun of what it does (الدورية), the nationality of its navy and its own name in quotes;
 * the nationality is the state its commander serves.
 */

const VESSEL_KEYS = new Set(rules.vesselHeads.map(wordKey));
// "الزورق … قائده": the one ship's noun of the list that takes the masculine pronoun.
const MASCULINE_VESSELS = new Set(["زورق", "الزورق"].map(wordKey));
const SENTENCE_ENDS = new Set([".", "!", "؟", "?", ":"]);
/** How many tokens into its sentence an office may stand and still point to a ship of the sentence before. */
const OPENING_WORDS = 3;

export interface NamedVessel {
  /** The ship's noun (its proclitic off), its words and its name, without the quotes. */
  surface: string;
  /** The state its nationality names, if any. */
  state: string | null;
  feminine: boolean;
  first: number;
  /** The opening and the closing quote of its name. */
  open: number;
  last: number;
}

/** The ship named with a name in quotes whose noun is at k, or null. */
function vesselAt(ctx: Ctx, k: number): NamedVessel | null {
  const { tokens } = ctx.doc;
  const t = tokens[k]!;
  if (!t.arabic || t.kind !== "word") return null;
  const head = tokenReadings(t).find((r) => VESSEL_KEYS.has(r.key));
  if (!head) return null;
  let j = k + 1;
  // "زورق الدورية", "سفينة الإنزال البرمائية", "حاملة المروحيات": a definite noun of what the ship
  // does or carries, and an adjective of it.
  for (let n = 0; n < 2 && tokens[j]?.arabic && tokens[j]!.kind === "word" && tokens[j]!.key.startsWith("ال") && !ctx.placeAt[j] && !tokens[j]!.lineStart; n++) j++;
  const nationality = ctx.placeAt[j];
  const state = nationality?.viaDemonym && nationality.firstToken === j ? nationality.iso2 ?? null : null;
  if (state) j = nationality!.lastToken + 1;
  const close = quotedNameEnd(tokens, j);
  if (close < 0) return null;
  const words = [t.text.slice(head.cut), ...tokens.slice(k + 1, j).map((x) => x.text), ...tokens.slice(j + 1, close).map((x) => x.text)];
  return { surface: words.join(" "), state, feminine: !MASCULINE_VESSELS.has(head.key), first: k, open: j, last: close };
}

/** The keys of the names in quotes of every ship the article names by its noun ("حاملة المروحيات «X»"). */
const vesselNamesOf = keptPerObject((ctx: Ctx) => {
  const names = new Set<string>();
  const { tokens } = ctx.doc;
  for (let k = 0; k < tokens.length; k++) {
    const vessel = vesselAt(ctx, k);
    if (vessel) names.add(tokens.slice(vessel.open + 1, vessel.last).map((t) => t.key).join(" "));
  }
  return names;
});

/**
 * '«الفنطاس» ترسو في …', 'نفذت «الفنطاس» وسفينة …': the name of a ship the article names by its
 * noun elsewhere ("سفينة الدورية الكويتية «الفنطاس»") is that ship wherever it is printed alone,
 * no body of the story.
 */
export function namesToldVessel(ctx: Ctx, first: number, last: number): boolean {
  const words = ctx.doc.tokens.slice(first, last + 1).filter((t) => t.kind === "word");
  return words.length > 0 && vesselNamesOf(ctx).has(words.map((t) => t.key).join(" "));
}

/**
 * The ship named last in the sentence before token `before` (within `within` tokens), or null;
 * past the sentence, in the paragraph, when the sentence says it again by its noun with the article
 * ("رست سفينة الدورية الكويتية «X» … ورافقه على السفينة قائدها").
 */
export function vesselNamedBefore(ctx: Ctx, before: number, within: number): NamedVessel | null {
  const { tokens } = ctx.doc;
  let saidAgain = false;
  let opening = false;
  for (let k = before - 1; k >= 0 && before - k <= within; k--) {
    if (k + 1 < before && tokens[k + 1]!.lineStart) return null;
    // "وصلت سفينة التدريب «X» إلى … . وقال قائدها": an office among the first words of its sentence points into the one before.
    if (SENTENCE_ENDS.has(tokens[k]!.text) && !saidAgain && !opening && before - k <= OPENING_WORDS) {
      opening = true;
      continue;
    }
    if (SENTENCE_ENDS.has(tokens[k]!.text) && !saidAgain) return null;
    const vessel = vesselAt(ctx, k);
    if (vessel && vessel.last < before) return vessel;
    saidAgain ||= isVesselSaidAgain(tokens[k]!);
  }
  return null;
}

/** "السفينة", "على الفرقاطة": a ship's noun with the article and no name after it. */
function isVesselSaidAgain(t: Token): boolean {
  return t.arabic && t.kind === "word" && tokenReadings(t).some((r) => r.key.startsWith("ال") && VESSEL_KEYS.has(r.key));
}

/** 'الفرقاطة "X" بقيادة': the ship whose name closes right before token `at`, or null. */
export function vesselEndingAt(ctx: Ctx, at: number): NamedVessel | null {
  const vessel = vesselNamedBefore(ctx, at, 8);
  return vessel?.last === at - 1 ? vessel : null;
}

const vesselStates = new WeakMap<RoleSpan, string>();

/** The office "قائد" + the ship, over tokens first…last of the text (from `start`), serving the ship's state. */
export function commanderOfVessel(ctx: Ctx, vessel: NamedVessel, first: number, last: number, start: number, head: string, conjoined: boolean): RoleSpan {
  const role: RoleSpan = { first, last, start, end: ctx.doc.tokens[last]!.end, surface: `${head} ${vessel.surface}`, conjoined, prepositional: false, counterpart: false, plural: false };
  if (vessel.state) vesselStates.set(role, vessel.state);
  return role;
}

/** The state of the ship an office read here commands, if its nationality was printed. */
export function stateOfVesselCommanded(role: RoleSpan): string | null {
  return vesselStates.get(role) ?? null;
}
