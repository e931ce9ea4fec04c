import type { Ctx } from "../persons/anchor-spans";
import { readsAsTownOnly } from "./english-bare-towns";
import { givenNameKeys } from "../persons/vocabulary";
import { worldTownState, worldTownsNamed } from "./world-towns";

/*
 * "a helicopter from Lajes", "a tender for the section between Pasanauri and Kobi": small towns
 * our gazetteer lacks, read from a dataset of the world's towns (world-towns.ts), but only where
 * a town stands in the sentence: after a preposition of place ("at", "from", "near"; not bare
 * "in"), after "the town of" or "the outskirts of", or as the second of "between X and Y". A
 * name the story also gives a person ("Brandt" of "Karl Brandt"), a given name, or a name printed
 * longer elsewhere is no town here (readsAsTownOnly).
 */

// Not bare "in": the place a thing happens "in" is read by the event's venue, and a small town
// there outranks the place the report gives the happening (measured: one event's place lost for
// two towns gained); "in" still counts with the cues of english-unlisted-places.ts.
const TOWN_PREPOSITIONS = new Set(["at", "near", "outside", "from", "to", "between"]);
// "the town of X", "the outskirts of X", "from the direction of X": nouns whose "of" names a town.
const TOWN_NOUNS_BEFORE_OF = new Set(["town", "village", "city", "port", "towns", "villages", "cities", "ports", "hamlet", "outskirts", "direction"]);
// "studied at Harvard", "graduated from Stanford": a school named by its town; the town is no place of the story.
const SCHOOLING_WORDS = new Set(["study", "studied", "studies", "studying", "educated", "graduated", "graduate", "graduates", "taught", "teaches", "teaching", "lecturer", "lectures", "professor", "student", "students", "alumnus", "alumni", "degree", "fellow", "scholar"]);
const SCHOOLING_REACH = 3;
// How far back "between" may stand before the "and" of a pair ("between Gao and X", "between Santa Maria and X").
const PAIR_REACH = 4;

/** A word of schooling a few words before the preposition at `prep`, in its clause. */
function schooledAt(ctx: Ctx, prep: number): boolean {
  const { tokens } = ctx.doc;
  for (let j = prep - 1; j >= prep - SCHOOLING_REACH && j >= 0; j--) {
    if (tokens[j]!.kind === "punct") return false;
    if (SCHOOLING_WORDS.has(tokens[j]!.key)) return true;
  }
  return false;
}

/** "in X", "the town of X", "between Gao and X": the name at `first` stands where a town does. */
function standsAsTown(ctx: Ctx, first: number): boolean {
  const { tokens } = ctx.doc;
  const before = tokens[first - 1]?.key ?? "";
  if (TOWN_PREPOSITIONS.has(before)) return !schooledAt(ctx, first - 1);
  if (before === "of") return TOWN_NOUNS_BEFORE_OF.has(tokens[first - 2]?.key ?? "");
  if (before !== "and") return false;
  for (let j = first - 2; j >= first - 1 - PAIR_REACH && j >= 0; j--) {
    if (tokens[j]!.kind === "punct") return false;
    if (tokens[j]!.key === "between") return true;
  }
  return false;
}

/** The word at `k` printed elsewhere right after another capitalized word: a person's family name ("Karl Brandt"). */
function surnameElsewhere(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.doc;
  const key = tokens[k]!.key;
  return tokens.some((t, j) => j !== k && t.key === key && !t.lineStart && !!tokens[j - 1]?.capital && tokens[j - 1]!.kind === "word" && !ctx.placeAt[j - 1]);
}

/** The states the article names (its listed places'), to tell towns of one name apart. */
function statesOfArticle(ctx: Ctx): Set<string> {
  const states = new Set<string>();
  for (const p of ctx.placeAt) if (p?.iso2) states.add(p.iso2);
  return states;
}

/** The state of the dataset's town named first…last where the sentence puts a town, or null. */
export function worldTownAt(ctx: Ctx, first: number, last: number): string | null {
  const { tokens, text } = ctx.doc;
  // The cheap tests first: the position, then the dataset's binary search; the scans of the whole
  // text only for a name the dataset holds.
  if (!standsAsTown(ctx, first)) return null;
  const name = text.slice(tokens[first]!.start, tokens[last]!.end);
  if (worldTownsNamed(name).length === 0 || !readsAsTownOnly(ctx, first, last)) return null;
  for (let k = first; k <= last; k++) if (surnameElsewhere(ctx, k)) return null;
  return worldTownState(name, statesOfArticle(ctx));
}

/**
 * "opened at X General Hospital in Mongu": the state of the dataset's town named first…last that the
 * sentence already reads as a town (the caller's cue), or null; the dataset knows where the town
 * lies better than the nearest state printed (the visiting minister's). No test of persons' names:
 * the cue has told the town from the person ("Dr Mutinta Kalabo … the health centre at Kalabo").
 */
export function worldTownStateOfCued(ctx: Ctx, first: number, last: number): string | null {
  const { tokens, text } = ctx.doc;
  return worldTownState(text.slice(tokens[first]!.start, tokens[last]!.end), statesOfArticle(ctx));
}

/**
 * "Tornio's mayor": the state of the dataset's town named first…last before a possessive that
 * opens an office (the caller knows the position), unless a word of it is a given name, an acronym
 * or a name printed as a person's elsewhere in the article.
 */
export function worldTownOwning(ctx: Ctx, first: number, last: number): string | null {
  const { tokens, text } = ctx.doc;
  const name = text.slice(tokens[first]!.start, tokens[last]!.end);
  if (worldTownsNamed(name).length === 0) return null;
  for (let k = first; k <= last; k++) if (givenNameKeys.has(tokens[k]!.key) || /^[A-Z]+$/.test(tokens[k]!.text) || surnameElsewhere(ctx, k)) return null;
  return worldTownState(name, statesOfArticle(ctx));
}
